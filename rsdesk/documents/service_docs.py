"""Documents of the service itself: the recovery-key sheet and the annual report with a chart."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from rsdesk.documents import layout as lay
from rsdesk.documents.context import AnnualContext, RecoveryKeyContext
from rsdesk.documents.context import service_kind_label as kind_label
from rsdesk.documents.fonts import FONT, FONT_MONO
from rsdesk.documents.texts import section
from rsdesk.vault.keys import recovery_groups


def recovery_key(ctx: RecoveryKeyContext) -> tuple[str, bytes]:
    """The key in large monospace groups, two rows of four, and what to do with the sheet."""
    t = section("recovery_key")
    groups = recovery_groups(ctx.recovery_key)  # also rejects a mistyped key
    title = t.get("title")
    rows = [groups[:4], groups[4:]]
    key_table = Table(
        [[g for g in row] for row in rows],
        colWidths=[lay.WIDTH / 4] * 4,
        rowHeights=[16 * mm] * 2,
        style=lay.table_style(
            [
                ("FONT", (0, 0), (-1, -1), FONT_MONO, 26),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, lay.GREY),
            ]
        ),
    )
    story: list[Flowable] = [
        lay.title(title),
        lay.para(t.get("service", service=ctx.service_name)),
        lay.para(t.get("date", date=lay.long_date(ctx.today))),
        lay.gap(6),
        key_table,
        lay.gap(8),
        *(lay.para(f"{n}. {line}") for n, line in enumerate(t.list("instructions"), start=1)),
        lay.gap(10),
        lay.para(t.get("signed"), "head"),
        lay.signature_lines([""]),
    ]
    return title, lay.build(title, ctx.service_name, story, kind="recovery_key")


def _chart(bars: tuple[tuple[str, int], ...]) -> Drawing:
    height = 14 * mm + 9 * mm * len(bars)
    drawing = Drawing(lay.WIDTH, height)
    drawing.initialFontName = FONT  # the renderer's own default is Helvetica, never embedded
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 6 * mm
    chart.width, chart.height = lay.WIDTH - 72 * mm, height - 12 * mm
    # Bottom-up order would print the first type last; reverse so it reads as the table.
    ordered = list(reversed(bars))
    chart.data = [[count for _, count in ordered]]
    chart.categoryAxis.categoryNames = [name for name, _ in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(count for _, count in bars)
    chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.valueAxis.valueMax = max(top, 1) + chart.valueAxis.valueStep
    chart.bars[0].fillColor = colors.Color(0.29, 0.45, 0.62)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def annual_report(ctx: AnnualContext) -> tuple[str, bytes]:
    t = section("annual_report")
    title = t.get("title", year=ctx.year)
    story: list[Flowable] = [
        lay.title(title),
        lay.para(t.get("service", service=ctx.service_name, kind=kind_label(ctx.service_kind))),
    ]
    if ctx.region or ctx.municipality:
        story.append(
            lay.para(t.get("place", region=ctx.region, municipality=ctx.municipality).strip(", "))
        )
    story += [
        lay.para(t.get("generated", date=lay.long_date(ctx.today)), "note"),
        lay.heading(t.get("chart")),
        _chart(ctx.completed) if ctx.completed else lay.para(t.get("chart_empty")),
        lay.heading(t.get("figures")),
        lay.grid_closed_by(
            t.list("columns"), ctx.rows, (120, 50), lay.signature_lines([t.get("signed")])
        ),
    ]
    return title, lay.build(title, ctx.service_name, story, kind="annual_report")
