"""Sizes for the server-drawn bar charts (preproceedings/admin/_bar_chart.html).

Horizontal bars, one group per row of a Measure and one bar per charted column, drawn as inline SVG
with SVG attributes for every size and colour: no script, no style attribute, so the admin's
Content-Security-Policy has nothing to allow. The table beside each chart is the accessible version;
the SVG is a picture of it (role="img" with a label).
"""

from dataclasses import dataclass

LABEL_WIDTH = 260
BAR_AREA = 320
VALUE_WIDTH = 60
BAR_HEIGHT = 16
GAP = 10
# GOV.UK blue and orange: told apart by shade as well as hue, and named in the legend.
COLOURS = ["#1d70b8", "#f47738", "#505a5f"]


@dataclass(frozen=True)
class Bar:
    y: int
    width: float
    value: object
    colour: str
    text_x: float


@dataclass(frozen=True)
class Group:
    label: str
    y: int
    label_y: int
    bars: list


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    groups: list
    legend: list  # (name, colour, y)
    summary: str


def _number(value):
    return value if isinstance(value, int | float) else 0


def bar_chart(measure):
    """A Chart for one Measure: bar lengths are in proportion to the largest value charted."""
    columns = list(measure.chart_columns)
    largest = max((_number(row[index]) for row in measure.rows for index in columns), default=0) or 1
    legend = []
    y = GAP
    if len(columns) > 1:
        for position, index in enumerate(columns):
            legend.append((measure.columns[index], COLOURS[position % len(COLOURS)], y + 12))
            y += BAR_HEIGHT + 4
        y += GAP
    groups = []
    group_height = BAR_HEIGHT * len(columns)
    for row in measure.rows:
        bars = []
        for position, index in enumerate(columns):
            width = round(BAR_AREA * _number(row[index]) / largest, 1)
            bars.append(
                Bar(
                    y=y + position * BAR_HEIGHT,
                    width=width,
                    value=row[index],
                    colour=COLOURS[position % len(COLOURS)],
                    text_x=LABEL_WIDTH + width + 6,
                )
            )
        groups.append(Group(label=str(row[0]), y=y, label_y=y + group_height // 2 + 5, bars=bars))
        y += group_height + GAP
    names = ", ".join(str(measure.columns[index]) for index in columns)
    return Chart(
        width=LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
        height=y,
        label_width=LABEL_WIDTH,
        groups=groups,
        legend=legend,
        summary=f"{measure.title}: {names}. The table gives the figures.",
    )
