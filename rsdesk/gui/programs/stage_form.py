"""The form of one stage: its fields, the day it happened, how each agreement point was kept."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from rsdesk.gui.dates import DateEdit
from rsdesk.gui.programs.agreement import PointsKept
from rsdesk.gui.programs.controller import ProgramController, StepRefusedError
from rsdesk.gui.programs.fields import ERROR_STYLE, FieldEditor, Option
from rsdesk.gui.qt import QCoreApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from rsdesk.procedures import Stage
from rsdesk.procedures.days import day_of


class StageForm:
    """What a stage page asks: a record to make, or a record shown (and corrected).

    The day of the stage is its own date field when it has one, else a «Дата» row shown at
    the top of the page; `on()` is what the step takes as its day then.
    """

    def __init__(self, controller: ProgramController, stage: Stage) -> None:
        self.controller = controller
        self.stage = stage
        bounds = controller.bounds()
        self.editors = [FieldEditor(f, controller.options(), bounds) for f in stage.fields]
        day_field = stage.day_field
        self.day_editor = next((e for e in self.editors if e.field is day_field), None)
        self.own_day: DateEdit | None = None if day_field else bounds.editor()
        self.own_day_label: QLabel | None = None
        if self.own_day is not None:
            self.own_day_label = QLabel(QCoreApplication.translate("StagePage", "&Date:"))
            self.own_day_label.setBuddy(self.own_day.line)
        self.kept = PointsKept(controller, stage) if stage.bound("fulfilment") else None
        self.errors = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self._options = controller.options()

    # -- building ---------------------------------------------------------------------------

    def add_day_row(self, column: QVBoxLayout) -> None:
        if self.own_day is None or self.own_day_label is None:
            return
        row = QHBoxLayout()
        row.addWidget(self.own_day_label)
        row.addWidget(self.own_day)
        row.addStretch(1)
        column.addLayout(row)

    def add_fields(self, column: QVBoxLayout) -> None:
        for editor in self.editors:
            column.addWidget(editor.label)
            column.addWidget(editor.help)
            column.addWidget(editor.widget)
            column.addWidget(editor.error)
        if self.kept is not None:
            column.addWidget(self.kept)
        column.addWidget(self.errors)

    # -- reading and showing ----------------------------------------------------------------

    def day(self) -> DateEdit:
        """The editor of the day the stage happens: its own date field, or the «Дата» row."""
        if self.day_editor is not None:
            return self.day_editor.widget  # type: ignore[return-value]
        assert self.own_day is not None
        return self.own_day

    def on(self) -> date | None:
        """The step's day when the stage has no date field of its own (which says it)."""
        return self.own_day.value() if self.own_day is not None else None

    def values(self) -> dict[str, Any]:
        return {editor.field.key: editor.value() for editor in self.editors}

    def item_fulfilment(self) -> dict[int, str] | None:
        return self.kept.value() if self.kept is not None else None

    def first_field(self) -> QWidget | None:
        """The first open field, in reading order (the «Дата» row comes first)."""
        if self.own_day is not None and self.own_day.isEnabled():
            return self.own_day.line
        return next((e.widget for e in self.editors if e.widget.isEnabled()), None)

    def offer(self, options: list[Option]) -> None:
        """The people the fields offer, when someone joined the program."""
        if options != self._options:
            self._options = options
            for editor in self.editors:
                editor.set_options(options)

    def show_entry(self, entry: dict | None, *, locked: bool) -> None:
        """A record's values and day (or an empty form, today), editable unless `locked`."""
        stored = entry["values"] if entry is not None else None
        for editor in self.editors:
            editor.reset()
            if stored is not None and editor.field.key in stored:
                editor.set_value(stored[editor.field.key])
            editor.set_enabled(not locked)
        if self.own_day is not None and self.own_day_label is not None:
            recorded = day_of(entry) if entry is not None else None
            self.own_day.set_value(recorded or self.controller.today())
            self.own_day.setEnabled(not locked)
            self.own_day_label.setEnabled(not locked)
        if self.kept is not None:
            self.kept.show_points(entry.get("item_fulfilment") if entry is not None else None)
            self.kept.set_enabled(not locked)
            # The points are made anew each time: Tab reaches them after the fields, in order.
            stops = [e.widget.focusProxy() or e.widget for e in self.editors[-1:]]
            for before, after in itertools.pairwise([*stops, *self.kept.combos]):
                QWidget.setTabOrder(before, after)
        self.errors.setVisible(False)

    # -- what is wrong ----------------------------------------------------------------------

    def dates_typed(self) -> bool:
        """Every date can be taken; else each problem is said at its field, the first one
        focused."""
        first: QWidget | None = None
        for editor in self.editors:
            problem = editor.problem()
            editor.show_error(problem)
            if problem and first is None:
                first = editor.widget
        own = self.own_day.problem() if self.own_day is not None else ""
        self.errors.setText(own)
        self.errors.setVisible(bool(own))
        if own and first is None:
            first = self.own_day
        if first is not None:
            first.setFocus()
        return first is None

    def show_refusal(self, refused: StepRefusedError) -> None:
        """Each field's problem at the field; the rest (the day, the gate) below the form."""
        for editor in self.editors:
            editor.show_error(refused.field_errors.get(editor.field.key, ""))
        general = [r for r in refused.reasons if r not in refused.field_errors.values()]
        general += [
            text
            for key, text in refused.field_errors.items()
            if key not in {e.field.key for e in self.editors} and text not in general
        ]
        self.errors.setText("\n".join(general))
        self.errors.setVisible(bool(general))
        first = next((e for e in self.editors if e.error.isVisible()), None)
        if first is not None:
            first.widget.setFocus()
