"""What each role's password gives, tried offline as an attacker would: with the file, the
password and scripts against the register, not through the program's screens.

A young mediator holds no key at all (their old slot is retired at the first adult opening);
an adult's password opens the register but neither the signing key nor another user's audit
key, so their rewrite of the trail is found by the curator's check.
"""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from rsdesk.access import keyring
from rsdesk.access.keyring import YoungHasNoPassword
from rsdesk.access.workplace import Workplace
from rsdesk.domain.refusals import RoleRefused
from rsdesk.storage import audit, users
from rsdesk.storage.service import SigningKeyLocked, signing_key
from rsdesk.vault import Vault
from rsdesk.vault.errors import WrongPassword
from rsdesk.vault.keys import KdfParams
from tests.helpers.world import TODAY, build

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
CURATOR_PW = "пароль куратора 1"
ADULT_PW = "пароль взрослой 2"
YOUNG_PW = "пароль ученицы 3"


@pytest.fixture
def service(tmp_path):
    """A register as the first version left it: the young mediator has a slot of her own,
    the signing key lies plain in the database and the trail is not signed."""
    path = tmp_path / "service.rsdv"
    vault, _key = Vault.create(path, CURATOR_PW, kdf=FAST)
    world = build(vault.db)
    users.set_slot(vault.db, world.curator, vault.slot_id)
    users.accept_pledge(vault.db, world.curator, TODAY)
    users.set_slot(vault.db, world.adult, vault.add_password_slot(ADULT_PW, kdf=FAST))
    users.accept_pledge(vault.db, world.adult, TODAY)
    users.set_slot(vault.db, world.young, vault.add_password_slot(YOUNG_PW, kdf=FAST))
    for other in (world.other_adult, world.other_young):
        users.set_slot(vault.db, other, None)
    vault.db.conn.commit()
    vault.commit()
    vault.close()
    return path, world


def opened(path, password):
    vault = Vault.open(path, password)
    place = Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    return vault, place


def closed(vault, place):
    place.queue.flush(timeout=10)
    place.queue.stop(timeout=10)
    vault.close()


def _rehash(db, from_seq=1):
    """Recompute the chain as anyone with the register can (storage's own recipe)."""
    prev = audit.GENESIS
    for row in list(db.query("SELECT * FROM audit ORDER BY seq")):
        if row["seq"] >= from_seq:
            digest = audit._digest(prev, audit._fields(row))
            db.execute(
                "UPDATE audit SET prev = ?, hash = ? WHERE seq = ?", [prev, digest, row["seq"]]
            )
            row["hash"] = digest
        prev = row["hash"]
    seq = db.execute("SELECT MAX(seq) FROM audit").fetchone()[0]
    db.execute("UPDATE meta SET value = ? WHERE key = ?", [f"{seq}:{prev}", audit.HEAD_KEY])
    db.conn.commit()


def _resign_own(db, vault):
    """Re-sign the adult's own entries with the only audit key her password gives."""
    own = vault.secret(keyring.AUDIT)
    assert own is not None
    for row in list(db.query("SELECT * FROM audit WHERE signer = ?", [vault.slot_id])):
        mac = audit._mac(own, row["hash"], vault.slot_id)
        db.execute("UPDATE audit SET mac = ? WHERE seq = ?", [mac, row["seq"]])
    db.conn.commit()


# --- students hold no key ------------------------------------------------------------------


def test_the_first_adult_opening_retires_the_students_slot(service, tmp_path):
    path, world = service
    old_copy = tmp_path / "old-copy.rsdv"
    shutil.copy(path, old_copy)
    vault, place = opened(path, ADULT_PW)
    assert users.actor(vault.db, world.young).slot_id is None
    assert "retire_password" in {e.action for e in audit.entries(vault.db)}
    backups = vault.backups()
    assert backups and all(b.generation == vault.generation for b in backups)
    closed(vault, place)
    # The young mediator's password opens nothing any more: not the file, not its backups.
    with pytest.raises(WrongPassword):
        Vault.open(path, YOUNG_PW)
    for backup in backups:
        with pytest.raises(WrongPassword):
            Vault.inspect(backup.path, YOUNG_PW)
    # An old copy kept elsewhere still opens with it, and holds only what the file held then
    # (rsdesk/vault/FORMAT.md, "Threat model"); nothing saved since opens with anything it yields.
    Vault.inspect(old_copy, YOUNG_PW)


def test_a_students_old_password_gets_no_session_and_changes_no_key(service):
    path, _world = service
    vault = Vault.open(path, YOUNG_PW)
    with pytest.raises(YoungHasNoPassword) as refused:
        Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    assert "сеанс" in refused.value.message or "session" in refused.value.message
    vault.close(discard=True)


def test_the_young_mediators_offline_attack_fails(service):
    """After the first adult opening: only her password and the file. Nothing opens, so she
    can neither read classmates' cases, nor rewrite the trail, nor sign statistics."""
    path, _world = service
    vault, place = opened(path, CURATOR_PW)
    closed(vault, place)
    data = path.read_bytes()
    with pytest.raises(WrongPassword):
        Vault.open(path, YOUNG_PW)
    with pytest.raises(WrongPassword):
        Vault.inspect(path, YOUNG_PW)
    assert path.read_bytes() == data


def test_no_password_can_be_given_to_a_student(service):
    path, world = service
    vault, place = opened(path, CURATOR_PW)
    desk = place.desk
    assert not desk.may_have_password(world.young)
    with pytest.raises(RoleRefused):
        desk.grant_access(world.young, "0123456789abcdef")
    closed(vault, place)


# --- the curator's secrets -----------------------------------------------------------------


def test_the_signing_key_opens_only_with_the_curators_key(service):
    path, _world = service
    vault, place = opened(path, CURATOR_PW)
    document = place.desk.export_stats(2024, place.desk.stats_preview(2024))
    assert document
    raw = vault.db.execute("SELECT signing_key FROM service").fetchone()[0]
    assert raw == b""
    closed(vault, place)
    # The adult's password opens the register, but not the key.
    vault = Vault.open(path, ADULT_PW)
    assert vault.secret(keyring.CURATOR) is None
    with pytest.raises(SigningKeyLocked):
        signing_key(vault.db)
    image = vault.db.conn.serialize()
    vault.close(discard=True)
    vault, place = opened(path, ADULT_PW)
    with pytest.raises(RoleRefused):
        place.desk.export_stats(2024, place.desk.stats_preview(2024))
    closed(vault, place)
    # Nothing of the key is left in the decrypted image (secure_delete overwrote it).
    vault = Vault.open(path, CURATOR_PW)
    key = signing_key(vault.db, vault.secret(keyring.CURATOR))
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    secret = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    assert secret not in image and secret not in vault.db.conn.serialize()
    vault.close(discard=True)


def test_the_curators_key_follows_password_change_and_recovery(service, tmp_path):
    path, _world = service
    vault, place = opened(path, CURATOR_PW)
    closed(vault, place)
    vault = Vault.open(path, CURATOR_PW)
    vault.change_password(vault.slot_id, "новый пароль куратора", kdf=FAST)
    vault.close()
    vault = Vault.open(path, "новый пароль куратора")
    assert vault.secret(keyring.CURATOR) is not None
    new_key = vault.replace_recovery_key()
    vault.close()
    vault = Vault.open_with_recovery(path, new_key)
    place = Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    assert place.desk.is_curator and place.desk.keys.curator_key is not None
    assert place.desk.export_stats(2024, place.desk.stats_preview(2024))
    closed(vault, place)


# --- the trail: an adult's rewrite is found ------------------------------------------------


def _curator_checks(path):
    vault, place = opened(path, CURATOR_PW)
    problems = place.desk.verify_audit()
    closed(vault, place)
    return problems


def _prepared(path, world):
    """A signed trail with entries by the curator and the adult."""
    vault, place = opened(path, CURATOR_PW)
    place.desk.plan_follow_up(world.adult_case, TODAY, "позвонить классному руководителю")
    closed(vault, place)
    vault, place = opened(path, ADULT_PW)
    place.desk.case_card(world.adult_case)
    closed(vault, place)
    assert _curator_checks(path) == []


def test_an_untouched_trail_passes_and_every_entry_is_signed(service):
    path, world = service
    _prepared(path, world)
    vault = Vault.open(path, CURATOR_PW)
    signed_from = int(
        vault.db.execute("SELECT value FROM meta WHERE key = ?", [audit.SIGNED_FROM])
        .fetchone()[0]
        .split(":")[0]
    )
    later = list(vault.db.query("SELECT * FROM audit WHERE seq >= ?", [signed_from]))
    assert later and all(row["signer"] and row["mac"] for row in later)
    vault.close(discard=True)


def test_an_adult_who_rewrites_anothers_entry_is_found(service):
    path, world = service
    _prepared(path, world)
    vault = Vault.open(path, ADULT_PW)
    db = vault.db
    target = db.execute(
        "SELECT seq FROM audit WHERE user_id = ? AND action = 'change_case' ORDER BY seq DESC",
        [world.curator],
    ).fetchone()[0]
    db.execute("UPDATE audit SET reason = 'ничего не было' WHERE seq = ?", [target])
    _rehash(db)
    _resign_own(db, vault)
    vault.commit()
    vault.close()
    problems = _curator_checks(path)
    assert any(str(target) in p for p in problems), problems


def test_an_adult_who_makes_up_an_entry_in_anothers_name_is_found(service):
    path, world = service
    _prepared(path, world)
    vault = Vault.open(path, ADULT_PW)
    key = vault.secret(keyring.AUDIT)
    audit.record(
        vault.db,
        world.curator,
        "delete_case",
        object_kind="case",
        object_id=world.adult_case,
        signer=audit.AuditSigner(vault.slot_id, key),
    )
    vault.db.conn.commit()
    vault.commit()
    vault.close()
    problems = _curator_checks(path)
    assert any("не тому пользователю" in p or "another user" in p for p in problems), problems


def test_an_adult_who_cuts_the_tail_is_found_on_this_computer(service):
    path, world = service
    _prepared(path, world)
    vault = Vault.open(path, ADULT_PW)
    db = vault.db
    last = db.execute("SELECT MAX(seq) FROM audit").fetchone()[0]
    db.execute("DELETE FROM audit WHERE seq > ?", [last - 3])
    _rehash(db)
    vault.commit()
    vault.close()
    problems = _curator_checks(path)
    assert any("компьютер" in p or "computer" in p for p in problems), problems


def test_an_adult_who_strips_the_signatures_is_found(service):
    path, world = service
    _prepared(path, world)
    vault = Vault.open(path, ADULT_PW)
    db = vault.db
    db.execute("UPDATE audit SET signer = '', mac = ''")
    db.execute("DELETE FROM meta WHERE key = ?", [audit.SIGNED_FROM])
    db.conn.commit()
    vault.commit()
    vault.close()
    assert _curator_checks(path)


def test_an_adult_cannot_forge_the_start_of_signing(service):
    path, world = service
    _prepared(path, world)
    vault = Vault.open(path, ADULT_PW)
    db = vault.db
    last = db.execute("SELECT MAX(seq), hash FROM audit").fetchone()
    fake = hashlib.sha256(json.dumps(list(last)).encode()).hexdigest()
    db.execute(
        "UPDATE meta SET value = ? WHERE key = ?",
        [f"{last[0]}:{last[1]}:{fake}", audit.SIGNED_FROM],
    )
    db.conn.commit()
    vault.commit()
    vault.close()
    assert _curator_checks(path)


# --- a session handed over -----------------------------------------------------------------


def test_a_handed_over_session_is_the_students_and_the_adults_password_takes_it_back(service):
    path, world = service
    _prepared(path, world)  # the curator has given the adult her audit key
    vault, place = opened(path, ADULT_PW)
    adult = place.desk
    assert world.young in {a.user_id for a in adult.hand_over_candidates()}
    young = place.hand_over(world.young)
    assert place.desk is young and young.actor.user_id == world.young
    assert young.supervisor == adult.actor
    assert {row.id for row in young.case_rows()} == {world.young_case}
    assert young.hand_over_candidates() == []
    with pytest.raises(RoleRefused):
        young.handed_over(world.other_young)
    young.case_card(world.young_case)
    assert not place.take_back("не тот пароль")
    assert place.desk is young
    assert place.take_back(ADULT_PW)
    assert place.desk is adult
    entries = audit.entries(vault.db)
    actions = [e.action for e in entries]
    assert {"hand_over", "take_back"} <= set(actions)
    opened_by_young = next(e for e in entries if e.action == "open_case")
    assert opened_by_young.user_id == world.young
    row = vault.db.execute(
        "SELECT signer, mac FROM audit WHERE seq = ?", [opened_by_young.seq]
    ).fetchone()
    assert row[0] == vault.slot_id and row[1]  # signed with the adult's key
    closed(vault, place)
    assert _curator_checks(path) == []


def test_a_session_opened_with_the_recovery_key_is_not_handed_over(service):
    path, world = service
    vault, place = opened(path, CURATOR_PW)
    closed(vault, place)
    vault = Vault.open(path, CURATOR_PW)
    key = vault.replace_recovery_key()
    vault.close()
    vault = Vault.open_with_recovery(path, key)
    place = Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    with pytest.raises(RoleRefused):
        place.hand_over(world.young)
    closed(vault, place)


def test_a_reset_with_the_recovery_key_keeps_the_curators_key(service):
    """«Забыли пароль?»: the recovery key gives the curator a new password before the register
    is attached; the curator's key reaches the new password, so statistics are still signed."""
    from rsdesk.access.service_files import reset_with_recovery

    path, _world = service
    vault, place = opened(path, CURATOR_PW)
    closed(vault, place)
    vault = Vault.open(path, CURATOR_PW)
    recovery = vault.replace_recovery_key()
    vault.close()
    vault = Vault.attach(reset_with_recovery(path, recovery, "новый пароль после сброса"))
    place = Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    assert place.desk.export_stats(2024, place.desk.stats_preview(2024))
    closed(vault, place)
    vault, place = opened(path, "новый пароль после сброса")
    assert place.desk.keys.curator_key is not None
    assert place.desk.export_stats(2024, place.desk.stats_preview(2024))
    assert place.desk.verify_audit() == []
    closed(vault, place)
