"""Demo content: ``manage.py seed_demo`` builds a realistic trilingual site from the files in ``demo/data/``."""
