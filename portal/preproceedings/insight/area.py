"""A family justice area's figures: each council measure, council by council, with small numbers hidden.

Nothing about a case, a child or a person crosses a council boundary: the area sees the same counts a
council sees of itself (the measures in this package), side by side, after statistical disclosure
control of the kind DfE applies to its published statistics:

* primary suppression: any count from 1 to 5 is shown as "c";
* secondary suppression: each line (one row of a measure, one count, across the councils) is shown
  with its area total, so a hidden count could be worked out by subtraction. When one cell alone is
  hidden, or the hidden cells add up to 5 or less, the next smallest count that is not zero is hidden
  too, until the hidden cells together are more than 5; where no such count is left, the total is
  hidden instead. Zeros are shown: a zero tells nothing about anyone.

The area view shows no other sums (no council totals across lines, no percentages, which would let a
hidden count be worked back), so a line and its total are all a reader can subtract from. Medians
are shown only where the count they are the median of is shown and is more than 5.
"""

from dataclasses import dataclass

from . import insight_measures

HIDDEN = "c"
NOT_APPLICABLE = "–"
SMALLEST_SHOWN = 6


@dataclass(frozen=True)
class Line:
    label: str
    cells: list  # one per council: a number, HIDDEN or NOT_APPLICABLE
    total: object  # the area's total, HIDDEN, or "" where a total means nothing (medians)


@dataclass(frozen=True)
class AreaTable:
    key: str
    title: str
    how_counted: str
    lines: list


def suppress(values):
    """(indexes of the hidden cells, whether the total is hidden) for one line of counts."""
    hidden = {index for index, value in enumerate(values) if 0 < value < SMALLEST_SHOWN}
    total = sum(values)
    if 0 < total < SMALLEST_SHOWN:
        return hidden, True
    while hidden and (len(hidden) == 1 or sum(values[index] for index in hidden) < SMALLEST_SHOWN):
        shown = [index for index, value in enumerate(values) if index not in hidden and value > 0]
        if not shown:
            return hidden, True
        hidden.add(min(shown, key=lambda index: (values[index], index)))
    return hidden, False


def _count_line(label, values, applies):
    hidden, total_hidden = suppress(values)
    cells = [
        HIDDEN if index in hidden else value if applies[index] else NOT_APPLICABLE for index, value in enumerate(values)
    ]
    return Line(label=label, cells=cells, total=HIDDEN if total_hidden else sum(values))


def _median_line(label, medians, counts, count_line):
    cells = []
    for median, count, shown in zip(medians, counts, count_line.cells, strict=True):
        if shown == NOT_APPLICABLE or count == 0:
            cells.append(NOT_APPLICABLE)
        elif shown == HIDDEN or count < SMALLEST_SHOWN:
            cells.append(HIDDEN)
        else:
            cells.append(median)
    return Line(label=label, cells=cells, total="")


def _rows_by_label(measure):
    return {str(row[0]): row for row in measure.rows}


def area_table(measures):
    """One AreaTable from the same measure of each council (in the councils' order)."""
    first = measures[0]
    by_council = [_rows_by_label(measure) for measure in measures]
    # Rows line up by label: councils with a different agreed length have different week bands.
    labels = list(dict.fromkeys(str(row[0]) for measure in measures for row in measure.rows))
    several = len(first.count_columns) > 1
    lines = []
    for label in labels:
        rows = [council.get(label) for council in by_council]
        applies = [row is not None for row in rows]
        for column in first.count_columns:
            values = [row[column] if row is not None else 0 for row in rows]
            line = _count_line(f"{label}: {first.columns[column]}" if several else label, values, applies)
            lines.append(line)
            for median_column, count_column in first.median_columns.items():
                if count_column == column:
                    medians = [row[median_column] if row is not None else 0 for row in rows]
                    lines.append(_median_line(f"{label}: {first.columns[median_column]}", medians, values, line))
    return AreaTable(key=first.key, title=first.title, how_counted=first.how_counted, lines=lines)


def area_tables(*, authorities, date_from, date_to):
    """Every measure for the area's councils (a fixed number of queries per council, however many
    cases each has); an empty list for an area with no councils."""
    if not authorities:
        return []
    per_council = [
        insight_measures(authority=authority, date_from=date_from, date_to=date_to) for authority in authorities
    ]
    return [area_table(list(measures)) for measures in zip(*per_council, strict=True)]
