"""Every visible string has a finished Russian translation; compiled catalogues are in step."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from rsdesk import i18n
from rsdesk.gui import build

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(ts):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory):
    """The committed catalogues updated with every string now in the code and .ui files."""
    folder = tmp_path_factory.mktemp("ts")
    fresh = {}
    for language in build.LANGUAGES:
        target = folder / f"rsdesk_{language}.ts"
        shutil.copy(build.ts_file(language), target)
        build.update_catalogue(target)
        fresh[language] = target
    return fresh


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_no_string_is_missing_or_unfinished(fresh_ts, language):
    assert build.unfinished(fresh_ts[language]) == {}, (
        "translate them: python -m rsdesk.gui.build translations, then untranslated / fill"
    )


def test_russian_catalogue_is_really_russian(fresh_ts):
    found = list(messages(fresh_ts["ru"]))
    assert len(found) > 20
    for context, source, translation in found:
        text = translation.text or ""
        if re.search("[A-Za-z]{4,}", PLACEHOLDER.sub("", source)) and "rsdesk" not in source:
            assert re.search("[а-яё]", text, re.I), (context, source, text)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
            context,
            source,
            text,
        )


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_compiled_catalogues_are_in_step(tmp_path, language):
    qm = tmp_path / "fresh.qm"
    build.lrelease(build.ts_file(language), qm)
    assert qm.read_bytes() == build.ts_file(language).with_suffix(".qm").read_bytes(), (
        "run python -m rsdesk.gui.build translations"
    )


def test_core_translation_without_qt():
    i18n.set_language("ru")
    assert i18n.translate("Areas", "Mediators") == "Медиаторы"
    assert i18n.translate("AboutDialog", "Version {version}", version="1.2") == "Версия 1.2"
    i18n.set_language("en")
    assert i18n.translate("Areas", "Mediators") == "Mediators"
    i18n.set_language("ru")
    assert i18n.translate("Areas", "no such text") == "no such text"
