"""The encrypted vault: file format, key slots, atomic saves, lock, backups. Qt-free."""
