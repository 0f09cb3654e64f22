"""Data layer: peewee models on one DatabaseProxy (``db.connection``), numbered migrations. No Qt here.

Importing the package loads nothing heavy: ``db.urls`` works without peewee, so the first window can open
before peewee and the database drivers load.
"""
