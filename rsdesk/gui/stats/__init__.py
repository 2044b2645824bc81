"""The «Статистика» area: the service's yearly export and the regional centre's summary."""
