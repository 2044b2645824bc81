"""A service's file made, reset and opened off the owning thread; the samples of the tour."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from rsdesk.access.samples import add_sample_case, add_sample_roster, sample_desk
from rsdesk.access.service_files import found_service, practice_file, reset_with_recovery
from rsdesk.access.workplace import desk_for
from rsdesk.domain.refusals import InputRefused
from rsdesk.vault import Vault, errors

SERVICE = {
    "kind": "school",
    "name": "МБОУ «Школа № 7»",
    "region": "Кузбасс",
    "municipality": "г. Кемерово",
    "curator_name": "Смирнова Ольга Петровна",
}


def in_a_worker(work):
    """work() on a thread of its own, as the GUI's worker pool runs it; its result."""
    results: list[object] = []
    failures: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as error:
            failures.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failures:
        raise failures[0]
    return results[0]


def test_a_new_service_is_made_in_a_worker_and_attached_here(vault_path, password, kdf):
    unlocked, key = in_a_worker(lambda: found_service(vault_path, password, kdf=kdf, **SERVICE))
    assert vault_path.exists() and unlocked.header.generation == 1
    with Vault.attach(unlocked) as vault:
        desk = desk_for(vault)
        assert desk.is_curator and desk.actor.name == "Смирнова Ольга Петровна"
        assert desk.needs_pledge()  # asked at the first sign-in
        assert not vault.dirty
    Vault.open_with_recovery(vault_path, key).close()


def test_a_refused_service_leaves_no_file(vault_path, password, kdf):
    with pytest.raises(InputRefused) as refused:
        found_service(vault_path, password, kdf=kdf, **{**SERVICE, "name": " "})
    assert "name" in refused.value.fields
    assert not vault_path.exists()
    found_service(vault_path, password, kdf=kdf, **SERVICE)[0].discard()  # not locked either


def test_the_recovery_key_gives_the_curator_a_new_password(vault_path, password, kdf):
    unlocked, key = found_service(vault_path, password, kdf=kdf, **SERVICE)
    with Vault.attach(unlocked) as vault:
        vault.add_password_slot("пароль медиатора", kdf=kdf)  # a second slot, nobody's
    reset = in_a_worker(lambda: reset_with_recovery(vault_path, key, "новый пароль куратора"))
    assert reset.via_recovery
    reset.discard()
    with pytest.raises(errors.WrongPassword):
        Vault.open(vault_path, password)
    with Vault.open(vault_path, "новый пароль куратора") as vault:
        assert desk_for(vault).is_curator


def test_the_practice_file_is_made_once_then_opened(tmp_path):
    path = tmp_path / "practice.rsdv"
    made = in_a_worker(lambda: practice_file(path, "demo", cases=12))
    with Vault.attach(made) as vault:
        desk = desk_for(vault)
        assert len(desk.case_rows()) == 12 and not desk.needs_pledge()
    again = practice_file(path, "demo", cases=500)
    with Vault.attach(again) as vault:
        assert len(desk_for(vault).case_rows()) == 12


def test_the_samples_are_built_through_the_desk():
    desk = sample_desk(today=lambda: date(2026, 3, 12))
    case_id = add_sample_case(desk)
    (row,) = desk.case_rows()
    assert row.id == case_id
    card = desk.case_card(case_id)
    assert len(card.request.participants) == 6 and len(card.mediators) == 1
    actions = {entry.action for entry in desk.audit_entries()}
    assert {"register_request", "decide_request", "assign"} <= actions
    roster = sample_desk()
    add_sample_roster(roster)
    entries = roster.roster_view()
    assert len(entries) == 5
    # The curator and one adult; young mediators hold no password of their own.
    with_password = [e.mediator for e in entries if e.mediator.slot_id]
    assert len(with_password) == 2 and all(m.kind == "adult" for m in with_password)
