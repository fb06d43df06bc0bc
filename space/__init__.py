"""The member space: everything a creative does on the public site once signed in.

``access`` says which pages a user owns, ``urls`` lists the views (one module per
feature: ``application``, ``account``, ``profile``, ``portfolio``, ``contact``,
``stats``, ``privacy``).
"""
