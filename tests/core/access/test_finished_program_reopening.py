"""A finished program stays open to corrections from its case until the case is closed.

The case card offers its programs through `under_way`: a finished program the guide ran is
among them while the case may be changed, so a wrong date found before the closure can be
corrected in the wizard; the programs area still lists only the programs under way.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from rsdesk.domain.refusals import PracticeRefused, RoleRefused
from rsdesk.procedures.steps import Decline, StageCorrection
from tests.helpers.procedures import families, start, trained, walk
from tests.helpers.world import TODAY, build

FIRST = TODAY - timedelta(days=10)


def test_a_finished_program_is_offered_for_correction_until_the_case_closes():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = families(world)
    program_id = start(desk, case_id, (world.adult,))
    progress = walk(desk, program_id, on=FIRST)
    assert progress.program.status == "finished"
    assert [p.program_id for p in desk.under_way(case_id)] == [program_id]
    assert program_id not in [row.program_id for row in desk.programs_in_progress()]
    view = desk.program_view(program_id)
    assert view.editable  # the wizard offers «Исправить…», and no new step
    closure = progress.run.completions["closure"][0]["values"]
    later = FIRST + timedelta(days=2)
    desk.take_program_step(
        program_id, StageCorrection("closure", 0, closure, on=later, reason="Дата с ошибкой")
    )
    assert desk.program_view(program_id).progress.program.ended_on == later
    with pytest.raises(PracticeRefused):
        desk.take_program_step(program_id, Decline("ещё раз"))
    desk.close_case(case_id, TODAY)
    # Closed: still offered, to read only.
    assert [p.program_id for p in desk.under_way(case_id)] == [program_id]
    assert not desk.program_view(program_id).editable
    with pytest.raises(RoleRefused):
        desk.take_program_step(
            program_id, StageCorrection("closure", 0, closure, on=FIRST, reason="назад")
        )


def test_a_finished_program_recorded_without_the_guide_is_not_offered():
    world = build()
    # Every case of the world has one, finished, kept as notes: nothing to open in a wizard.
    assert world.desk(world.curator).under_way(world.adult_case) == []
