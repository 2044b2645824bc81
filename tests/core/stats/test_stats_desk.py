"""The yearly statistics through the Desk: shown first, signed exactly as shown, by the curator."""

from __future__ import annotations

import copy

import pytest

from rsdesk.domain.changes import Change
from rsdesk.domain.refusals import Refused, RoleRefused
from rsdesk.domain.register import Mediator
from rsdesk.stats.fileformat import Accepted, check_bytes, document_bytes
from rsdesk.stats.yearly import StatsError
from tests.helpers.world import build


def test_the_signed_document_holds_exactly_the_figures_shown():
    world = build()
    curator = world.desk(world.curator)
    shown = curator.stats_preview(2024)
    assert shown["mediators"] == {"adult": 2, "young": 2}
    heard: list[Change] = []
    curator.subscribe(heard.append)
    document = curator.export_stats(2024, shown)
    read = check_bytes(document_bytes(document))
    assert isinstance(read, Accepted) and read.payload == shown
    assert [change.areas for change in heard] == [frozenset({"audit"})]  # one operation
    trail = curator.audit_entries(action="export_stats")
    assert [(e.user_name, e.label) for e in trail] == [("Соколова Ирина Петровна", "2024")]


def test_figures_the_register_no_longer_says_are_not_signed():
    world = build()
    curator = world.desk(world.curator)
    shown = curator.stats_preview(2024)
    curator.add_mediator(Mediator("Новикова Нина Олеговна", "adult", years=(2024,)))
    with pytest.raises(Refused) as refused:
        curator.export_stats(2024, shown)
    assert refused.value.message == (
        "Данные изменились после того, как были показаны. Покажите их ещё раз, проверьте "
        "и сохраните."
    )
    forged = copy.deepcopy(curator.stats_preview(2024))
    forged["requests_received"] += 1
    with pytest.raises(Refused):
        curator.export_stats(2024, forged)
    with pytest.raises(Refused):  # the figures of one year are not signed as another's
        curator.export_stats(2023, curator.stats_preview(2024))
    assert curator.audit_entries(action="export_stats") == []


def test_only_the_curator_counts_and_signs():
    world = build()
    shown = world.desk(world.curator).stats_preview(2024)
    for user in (world.adult, world.young):
        desk = world.desk(user)
        with pytest.raises(RoleRefused):
            desk.stats_preview(2024)
        with pytest.raises(RoleRefused):
            desk.export_stats(2024, shown)
        with pytest.raises(RoleRefused):
            desk.annual_report_context(2024)


def test_the_annual_report_shows_the_same_figures():
    world = build()
    curator = world.desk(world.curator)
    report = curator.annual_report_context(2024)
    assert (report.service_name, report.year) == ("МБОУ «СОШ № 3»", 2024)
    assert report.today == curator.today()
    assert report.rows[:4] == (
        ("Год", "2024"),
        ("Взрослые медиаторы", "2"),
        ("Юные медиаторы", "2"),
        ("Обращений поступило, всего", "5"),
    )
    assert report.completed == (("восстановительная медиация", 4),)
    with pytest.raises(StatsError, match="Год должен быть"):
        curator.annual_report_context(2025)  # after the Desk's today
