"""The access log as a CSV file, for an LA admin to keep or pass on (a complaint, a subject access
request, an investigation). Same rows as the screen with the same filters, in the same words, plus
the address and the action code for anyone who needs to trace a row back to the code.

Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a formula.
Names, titles and details are typed by people, so every such cell gets a leading apostrophe, which
makes the program show it as text.
"""

import csv

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext

from .readable import access_log_rows

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 500


def csv_safe(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """csv.writer writes to this, and the line comes straight back to be streamed."""

    def write(self, value):
        return value


def _heading():
    return [
        gettext("When"),
        gettext("Who"),
        gettext("What happened"),
        gettext("About"),
        gettext("Outcome"),
        gettext("Detail"),
        gettext("Address"),
        gettext("Action code"),
    ]


def access_log_csv_lines(*, membership, rows):
    """Lines of CSV for `rows` (a queryset of the admin's own LA's rows), a chunk at a time."""
    writer = csv.writer(_Echo())
    yield writer.writerow(_heading())
    chunk = []
    for entry in rows.iterator(chunk_size=CHUNK):
        chunk.append(entry)
        if len(chunk) == CHUNK:
            yield from _lines(writer, membership, chunk)
            chunk = []
    yield from _lines(writer, membership, chunk)


def _lines(writer, membership, entries):
    for row in access_log_rows(membership=membership, entries=entries):
        cells = [
            date_format(localtime(row.at), "Y-m-d H:i:s"),
            row.who,
            row.what,
            row.about,
            row.outcome_label,
            row.detail,
            row.path,
            row.action,
        ]
        yield writer.writerow([csv_safe(cell) for cell in cells])
