"""The «Заявки и случаи» area: start panel, requests, the case list and the case card."""
