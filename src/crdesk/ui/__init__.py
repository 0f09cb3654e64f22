"""Everything Qt: the application, main window, tabs, dialogs, table models, the DB worker."""
