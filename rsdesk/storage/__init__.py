"""The service database over the vault connection: schema, migrations, queries. Qt-free."""
