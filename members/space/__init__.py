"""The member space moved to the ``space`` app; only its demo data is left here, until the demo package."""
