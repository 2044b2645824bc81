"""Reading statistics files: every fault rejected with a Russian reason, hostile input survived."""

from __future__ import annotations

import base64
import copy
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.fileformat import (
    MAX_FILE_BYTES,
    Accepted,
    Rejected,
    canonical_bytes,
    check_bytes,
    document_bytes,
    read_stats_file,
    sign,
)
from tests.helpers.stats import make_payload, write_signed

KEY = Ed25519PrivateKey.generate()
PAYLOAD = make_payload(
    service_id="0b6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b2a",
    adult=2,
    young=3,
    sources={"teacher": 3, "parent": 1},
    completed={"restorative_mediation": 3, "circle_healing": 1},
    agreement={"restorative_mediation": 2},
    categories={"educational_conflict": 3, "bullying": 1},
    stopped=1,
    adults=5,
    minors=6,
)
DOCUMENT = sign(PAYLOAD, KEY)


def reason_of(document=None, *, raw: bytes | None = None) -> str:
    data = raw if raw is not None else document_bytes(document)
    result = check_bytes(data, "f.rsdstats")
    assert isinstance(result, Rejected), result
    assert result.reason and any("а" <= ch.lower() <= "я" for ch in result.reason)
    return result.reason


def resigned(change) -> dict:
    """A document whose payload was changed and then signed properly: only the rules can object."""
    payload = copy.deepcopy(PAYLOAD)
    change(payload)
    return sign(payload, KEY)


def test_the_valid_document_is_accepted():
    result = check_bytes(document_bytes(DOCUMENT))
    assert isinstance(result, Accepted) and result.payload == PAYLOAD
    assert result.service_id == PAYLOAD["service"]["id"] and result.year == 2019


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda p: p.update(extra=1), "Неизвестный ключ «payload.extra»"),
        (
            lambda p: p["mediators"].update(trainee=1),
            "Неизвестный ключ «payload.mediators.trainee»",
        ),
        (
            lambda p: p["service"].update(director="Иванов"),
            "Неизвестный ключ «payload.service.director»",
        ),
        (
            lambda p: p["participants"].pop("minors"),
            "Нет обязательного ключа «payload.participants.minors»",
        ),
        (
            lambda p: p["programs_completed"].pop("other"),
            "Нет обязательного ключа «payload.programs_completed.other»",
        ),
        (
            lambda p: p["mediators"].update(adult=-1),
            "«payload.mediators.adult» должно быть целым числом не меньше 0, а в файле -1",
        ),
        (lambda p: p["mediators"].update(adult=2.0), "а в файле 2.0"),
        (lambda p: p["mediators"].update(adult=True), "а в файле true"),
        (lambda p: p["mediators"].update(adult="2"), 'а в файле "2"'),
        (lambda p: p["mediators"].update(adult=None), "а в файле null"),
        (lambda p: p["mediators"].update(adult=10**7), "неправдоподобно велико"),
        (
            lambda p: p.update(requests_received=5),
            "Обращения по источникам в сумме дают 4, а «requests_received» равно 5",
        ),
        (
            lambda p: p["completed_by_category"].update(other=1),
            "Завершённых программ по видам — 4, а по категориям — 5",
        ),
        (
            lambda p: p["programs_with_agreement"].update(circle_healing=2),
            "Программ «circle_healing» с договорённостью (2) больше, чем завершённых (1)",
        ),
        (lambda p: p["service"].update(id="not-a-uuid"), "идентификатором службы"),
        (lambda p: p["service"].update(id=p["service"]["id"].upper()), "идентификатором службы"),
        (lambda p: p["service"].update(kind="kindergarten"), "должно быть school"),
        (lambda p: p["service"].update(name="  "), "не может быть пустым"),
        (lambda p: p["service"].update(name="А" * 501), "не длиннее 500 символов"),
        (lambda p: p["service"].update(region="Кузбасс\u0007"), "управляющие или недопустимые"),
        (lambda p: p.update(year=1899), "годом от 2000 до 2100"),
        (lambda p: p.update(year="2019"), "годом от 2000 до 2100"),
        (lambda p: p.update(generated="15.01.2020"), "датой ГГГГ-ММ-ДД"),
        (lambda p: p.update(generated="2020-02-30"), "датой ГГГГ-ММ-ДД"),
        (lambda p: p.update(generated="2018-12-31"), "раньше, чем начался его 2019 год"),
        (lambda p: p.update(mediators=[2, 3]), "«payload.mediators» должно быть объектом {…}"),
    ],
)
def test_rule_breaking_payloads_are_rejected_with_reasons(change, expected):
    assert expected in reason_of(resigned(change))


def test_document_level_faults():
    doc = copy.deepcopy(DOCUMENT)
    doc["comment"] = "hi"
    assert reason_of(doc) == "Неизвестный ключ «comment»."
    doc = copy.deepcopy(DOCUMENT)
    del doc["signature"]
    assert reason_of(doc) == "Нет обязательного ключа «signature»."
    assert "не файл статистики" in reason_of({**DOCUMENT, "format": "other"})
    assert "Версия формата статистики 2" in reason_of({**DOCUMENT, "version": 2})
    assert "Версия формата статистики true" in reason_of({**DOCUMENT, "version": True})
    assert "не файл статистики" in reason_of(raw=b"[1, 2, 3]")


def test_signature_faults():
    tampered = copy.deepcopy(DOCUMENT)
    tampered["payload"]["mediators"]["young"] = 4
    assert "Подпись не соответствует содержимому" in reason_of(tampered)

    other = Ed25519PrivateKey.generate()
    swapped = copy.deepcopy(DOCUMENT)  # someone else's key pasted in beside the old signature
    swapped["signature"]["public_key"] = sign(PAYLOAD, other)["signature"]["public_key"]
    assert "Подпись не соответствует содержимому" in reason_of(swapped)

    for field, value, expected in (
        ("value", "!!!", "base64-записью 64 байт"),
        ("value", base64.b64encode(b"x" * 63).decode(), "base64-записью 64 байт"),
        ("public_key", base64.b64encode(b"k" * 33).decode(), "base64-записью 32 байт"),
        ("public_key", DOCUMENT["signature"]["public_key"].rstrip("="), "base64-записью 32 байт"),
        ("public_key", 12, "base64-записью 32 байт"),
        ("alg", "rsa", "должно быть ed25519"),
    ):
        doc = copy.deepcopy(DOCUMENT)
        doc["signature"][field] = value
        assert expected in reason_of(doc), (field, value)

    # The signature covers the canonical bytes, not the layout of the file.
    compact = json.dumps(DOCUMENT, separators=(",", ":"), ensure_ascii=True).encode()
    assert isinstance(check_bytes(compact), Accepted)
    assert canonical_bytes(PAYLOAD) == canonical_bytes(json.loads(compact)["payload"])


def test_malformed_bytes():
    assert "строка 1, позиция" in reason_of(raw=b'{"format": ')
    assert "не является текстом в кодировке UTF-8" in reason_of(raw=b"\xff\xfe{}")
    assert "не является корректным JSON" in reason_of(raw=b"")
    text = document_bytes(DOCUMENT).decode()
    doubled = text.replace('"version": 1,', '"version": 1, "version": 1,')
    assert "повторяется" in reason_of(raw=doubled.encode())
    nan = text.replace('"programs_stopped": 1', '"programs_stopped": NaN')
    assert "это не число" in reason_of(raw=nan.encode())
    assert "слишком длинное число" in reason_of(raw=b'{"format": 1' + b"1" * 5000 + b"}")
    assert "глубокая вложенность" in reason_of(raw=b"[" * 60000 + b"]" * 60000)


def test_huge_and_odd_files(tmp_path):
    huge = tmp_path / "huge.rsdstats"
    with open(huge, "wb") as handle:  # sparse: 2 GB on paper, nothing on the disk
        handle.truncate(2 * 1024**3)
    result = read_stats_file(huge)
    assert isinstance(result, Rejected) and "больше 64 КБ" in result.reason
    exact = tmp_path / "exact.rsdstats"
    exact.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert "больше 64 КБ" in read_stats_file(exact).reason
    assert read_stats_file(tmp_path).reason == "Это папка, а не файл."
    assert read_stats_file(tmp_path / "none").reason == "Такого файла нет."


def test_duplicates_keep_the_latest_and_warn(tmp_path):
    key = Ed25519PrivateKey.generate()
    early = copy.deepcopy(PAYLOAD)
    early["generated"] = "2020-01-10"
    early["mediators"]["adult"] = 40
    write_signed(tmp_path, "b-early.rsdstats", early, key)
    write_signed(tmp_path, "a-late.rsdstats", PAYLOAD, key)
    result = aggregate([tmp_path])
    assert [p.rsplit("/", 1)[-1] for p in result.accepted] == ["a-late.rsdstats"]
    assert result.tables["school"]["all"]["adult_mediators"] == 2
    ((file, warning),) = result.warnings
    assert file.endswith("b-early.rsdstats")
    assert "больше одного файла за 2019 год" in warning and "2020-01-15" in warning


def test_one_service_with_two_keys_warns(tmp_path):
    write_signed(tmp_path, "one.rsdstats", PAYLOAD, Ed25519PrivateKey.generate())
    other_year = copy.deepcopy(PAYLOAD)
    other_year.update(year=2020, generated="2021-01-11")
    write_signed(tmp_path, "two.rsdstats", other_year, Ed25519PrivateKey.generate())
    result = aggregate([tmp_path], year=2019)
    assert len(result.accepted) == 1
    assert any("подписаны разными ключами (2)" in w for _, w in result.warnings)


def test_a_rejected_file_never_touches_the_totals(tmp_path):
    write_signed(tmp_path, "good.rsdstats", PAYLOAD, KEY)
    tampered = copy.deepcopy(DOCUMENT)
    tampered["payload"]["service"]["id"] = "1b6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b2a"
    (tmp_path / "tampered.rsdstats").write_bytes(document_bytes(tampered))
    result = aggregate([tmp_path])
    assert result.tables["school"]["all"]["services"] == 1
    assert len(result.rejected) == 1 and result.rejected[0][0].endswith("tampered.rsdstats")


# --- fuzzing ------------------------------------------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def paths(document, prefix=()):
    yield prefix
    if isinstance(document, dict):
        for key, value in document.items():
            yield from paths(value, (*prefix, key))


ALL_PATHS = list(paths(DOCUMENT))[1:]


def outcome(data: bytes) -> Accepted | Rejected:
    result = check_bytes(data)
    assert isinstance(result, Accepted | Rejected)
    if isinstance(result, Rejected):
        assert isinstance(result.reason, str) and result.reason.strip()
        result.reason.encode("utf-8")  # printable and writable as it is
    return result


@FUZZ
@given(JSON)
def test_arbitrary_json_is_rejected_with_a_reason(value):
    assert isinstance(outcome(json.dumps(value).encode()), Rejected)


@FUZZ
@given(st.sampled_from(ALL_PATHS), JSON, st.sampled_from(["replace", "delete", "add"]))
def test_mutated_documents_never_crash(path, value, how):
    document = copy.deepcopy(DOCUMENT)
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if how == "replace":
        parent[path[-1]] = value
    elif how == "delete":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[f"{path[-1]}_x"] = value
    result = outcome(json.dumps(document, ensure_ascii=False).encode())
    if isinstance(result, Accepted):  # only a mutation that changed nothing passes
        assert result.payload == PAYLOAD


@FUZZ
@given(st.data())
def test_damaged_bytes_never_crash(data):
    raw = bytearray(document_bytes(DOCUMENT))
    for _ in range(data.draw(st.integers(1, 8))):
        index = data.draw(st.integers(0, len(raw) - 1))
        raw[index] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    result = outcome(bytes(raw[:cut]))
    if isinstance(result, Accepted):
        assert result.payload == PAYLOAD
