"""Names in documents: their grammatical cases and the sex they show, for typical names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rsdesk.documents.names import by_gender, gender, in_case, is_female

# As typed into a form (Фамилия Имя Отчество), then genitive, dative, and the sex it shows.
NAMES = [
    ("Лебедев Кирилл", "Лебедева Кирилла", "Лебедеву Кириллу", "male"),
    (
        "Семёнова Алёна Викторовна",
        "Семёновой Алёны Викторовны",
        "Семёновой Алёне Викторовне",
        "female",
    ),
    ("Жукова Ольга Павловна", "Жуковой Ольги Павловны", "Жуковой Ольге Павловне", "female"),
    ("Орлов Никита", "Орлова Никиты", "Орлову Никите", "male"),
    ("Муромцев Илья Сергеевич", "Муромцева Ильи Сергеевича", "Муромцеву Илье Сергеевичу", "male"),
    (
        "Кузнецова Любовь Ивановна",
        "Кузнецовой Любови Ивановны",
        "Кузнецовой Любови Ивановне",
        "female",
    ),
    ("Толстой Лев Николаевич", "Толстого Льва Николаевича", "Толстому Льву Николаевичу", "male"),
    (
        "Ковалёв Игорь Николаевич",
        "Ковалёва Игоря Николаевича",
        "Ковалёву Игорю Николаевичу",
        "male",
    ),
    ("Ковалёва Дарья", "Ковалёвой Дарьи", "Ковалёвой Дарье", "female"),
    ("Семёнов Пётр", "Семёнова Петра", "Семёнову Петру", "male"),
    (
        "Римский-Корсаков Николай Андреевич",
        "Римского-Корсакова Николая Андреевича",
        "Римскому-Корсакову Николаю Андреевичу",
        "male",
    ),
    (
        "Петрова-Водкина Анна Сергеевна",
        "Петровой-Водкиной Анны Сергеевны",
        "Петровой-Водкиной Анне Сергеевне",
        "female",
    ),
    (
        "Мамедов Эльдар Рашидович",
        "Мамедова Эльдара Рашидовича",
        "Мамедову Эльдару Рашидовичу",
        "male",
    ),
    (
        "Алиева Лейла Гусейн кызы",
        "Алиевой Лейлы Гусейн кызы",
        "Алиевой Лейле Гусейн кызы",
        "female",
    ),
    ("Шевченко Тарас", "Шевченко Тараса", "Шевченко Тарасу", "male"),
    ("Шевченко Мария", "Шевченко Марии", "Шевченко Марии", "female"),
    ("Черных Анна", "Черных Анны", "Черных Анне", "female"),
    ("Бондарь Светлана", "Бондарь Светланы", "Бондарь Светлане", "female"),
    ("Бондарь Олег", "Бондаря Олега", "Бондарю Олегу", "male"),
    ("Зайчик Павел", "Зайчика Павла", "Зайчику Павлу", "male"),
    ("Мельник Евгений", "Мельника Евгения", "Мельнику Евгению", "male"),
    ("Ким Елена", "Ким Елены", "Ким Елене", "female"),
    ("Смит Джон", "Смита Джона", "Смиту Джону", "male"),
    ("Лобода Никита", "Лободы Никиты", "Лободе Никите", "male"),
    ("Белых Илья", "Белых Ильи", "Белых Илье", "male"),
    ("Мороз Любовь", "Мороз Любови", "Мороз Любови", "female"),
    ("Львов Лев", "Львова Льва", "Львову Льву", "male"),
    ("Сидоров Кузьма Ильич", "Сидорова Кузьмы Ильича", "Сидорову Кузьме Ильичу", "male"),
    ("Цой Виктор", "Цоя Виктора", "Цою Виктору", "male"),
    (
        "Юсупова Амина Рустамовна",
        "Юсуповой Амины Рустамовны",
        "Юсуповой Амине Рустамовне",
        "female",
    ),
    ("Гаврилюк Николь", "Гаврилюк Николь", "Гаврилюк Николь", "female"),
    (
        "Соколов Ярослав Игоревич",
        "Соколова Ярослава Игоревича",
        "Соколову Ярославу Игоревичу",
        "male",
    ),
    ("Шевченко Саша", "Шевченко Саши", "Шевченко Саше", None),
    ("Шевченко Женя", "Шевченко Жени", "Шевченко Жене", None),
]


@pytest.mark.parametrize(("name", "genitive", "dative", "sex"), NAMES, ids=[n[0] for n in NAMES])
def test_a_name_takes_its_case_and_shows_its_sex(name, genitive, dative, sex):
    assert in_case(name, "genitive") == genitive
    assert in_case(name, "dative") == dative
    assert gender(name) == sex
    assert is_female(name) == (None if sex is None else sex == "female")


def test_every_case_of_a_name_with_a_fleeting_vowel():
    forms = [in_case("Толстой Лев Николаевич", c) for c in ("accusative", "instrumental")]
    assert forms == ["Толстого Льва Николаевича", "Толстым Львом Николаевичем"]
    assert in_case("Кузнецова Любовь Ивановна", "instrumental") == "Кузнецовой Любовью Ивановной"


def test_what_is_not_a_russian_word_stays_as_typed():
    assert in_case("Жукова О. П.", "genitive") == "Жуковой О. П."
    assert in_case("Smith John", "dative") == "Smith John"
    assert in_case("ЖУКОВА Ольга", "genitive") == "ЖУКОВОЙ Ольги"
    assert in_case("", "genitive") == ""
    with pytest.raises(ValueError):
        in_case("Жукова Ольга", "vocative")


def test_the_wording_follows_the_name():
    words = ("согласен", "согласна", "даю согласие")
    assert by_gender("Орлов Никита", *words) == "согласен"
    assert by_gender("Мороз Любовь", *words) == "согласна"
    assert by_gender("Шевченко Саша", *words) == "даю согласие"


def test_only_the_two_language_modules_use_the_morphology_libraries():
    root = Path(__file__).resolve().parents[3] / "rsdesk"
    users = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(m.split(".")[0] in ("pytrovich", "pymorphy3") for m in modules):
                users.add(path.relative_to(root).as_posix())
    assert users == {"documents/names.py", "documents/morphology.py"}
