"""The evaluation extract: one pseudonymised row per child-period, with its data dictionary.

What is in it and why, and the motivated-intruder reasoning behind each choice, are in the README
("Sharing pre-proceedings data with evaluators"). In short:
- children and periods are keyed by HMAC-SHA256 under the project's key, which never leaves the
  council (EvaluationProject's docstring says why it is kept where it is);
- the only calendar date is the month the period started; every other date is whole weeks from it;
- age is a band at the start, and the number of children in the case is banded too;
- no names, references, identifiers, free text (reasons, notes, who decided), or document content.
Nothing is suppressed inside the extract: it is row-level data for an approved evaluator (Five Safes),
and small-number rules apply to what the evaluator publishes. An extract of fewer than MINIMUM_ROWS
rows is refused, because in so few rows each family is easy to pick out.

Pure apart from the three selectors, so the tests can read the bytes it returns.
"""

import csv
import hashlib
import hmac
import io
import json
import zipfile

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.authorities.selectors import la_admin_membership_for

from .evaluation.selectors import children_count_per_case, periods_for_extract, review_days_per_case
from .rules import review_meetings_count

# 16 hex characters = 64 bits. A council has thousands of children, not billions: the chance that two of
# 100,000 children share a key is about 1 in 3.7 billion. Longer adds nothing an evaluator needs; the
# secrecy comes from the key, not from the length (no truncation makes an unkeyed guess possible).
KEY_HEX_LENGTH = 16
# The ONS rule of thumb for small numbers: below this an extract is nearly a list of known families.
MINIMUM_ROWS = 10

AGE_BANDS = ["unborn", "under 1", "1-4", "5-9", "10-15", "16+"]
CHILDREN_BANDS = ["1", "2", "3 or more"]
FGDM_OFFER = ["offered", "not_offered", "not_best_interests"]
YES_NO = ["yes", "no"]
YES_NO_UNKNOWN = ["yes", "no", "unknown"]
# (column, Period field): whole weeks from the decision to start pre-proceedings.
WEEK_COLUMNS = [
    ("weeks_to_letter", "letter_sent_date", "the letter before proceedings was sent (LBPSentDate)"),
    ("weeks_to_first_meeting", "first_meeting_date", "the first pre-proceedings meeting (InitialPPMeetingDate)"),
    ("weeks_to_step_decision", "step_decision_date", "the decision to step down or issue (StepDecisionDate)"),
    ("weeks_to_court_application", "court_application_date", "the court application (CourtAppDate)"),
    (
        "weeks_to_proceedings_letter",
        "proceedings_letter_date",
        "the letter telling the parents proceedings are starting (LetterInitCPDate)",
    ),
]
KEY_PATTERN = f"^[0-9a-f]{{{KEY_HEX_LENGTH}}}$"


def _field(name, type_, description, **constraints):
    field = {"name": name, "type": type_, "description": description}
    if type_ == "yearmonth":
        field["format"] = "default"  # YYYY-MM
    if type_ == "boolean":
        field["trueValues"], field["falseValues"] = ["true"], ["false"]
    if constraints:
        field["constraints"] = constraints
    return field


SCHEMA_FIELDS = [
    _field(
        "child_key",
        "string",
        f"The child, pseudonymised: the first {KEY_HEX_LENGTH} hex characters of HMAC-SHA256 of the council's "
        "child identifier under this project's key. The same child has the same key in every extract of "
        "this project, and an unrelated one in any other project. The key stays with the council.",
        required=True,
        pattern=KEY_PATTERN,
    ),
    _field(
        "period_key",
        "string",
        "This pre-proceedings period, pseudonymised the same way. A child can have several periods.",
        required=True,
        unique=True,
        pattern=KEY_PATTERN,
    ),
    _field(
        "age_band_at_start",
        "string",
        "The child's age in whole years when the period started, banded; 'unborn' for a pre-birth case. "
        "Empty when the start or the birth year is not recorded.",
        enum=AGE_BANDS,
    ),
    _field(
        "start_month",
        "yearmonth",
        "The month of the decision to start pre-proceedings (PPStartDate), YYYY-MM. The only calendar date.",
    ),
    *[
        _field(
            column,
            "integer",
            f"Whole weeks from the start of the period to {what}. Empty when either date is not recorded.",
        )
        for column, _field_name, what in WEEK_COLUMNS
    ],
    _field(
        "fgdm_offer",
        "string",
        "Was a family group decision-making meeting offered in the letter (FGDMMeetingOffer): offered, "
        "not_offered, or not_best_interests (not offered because not in the child's best interests). "
        "Empty when not recorded.",
        enum=FGDM_OFFER,
    ),
    _field("fgdm_held", "string", "Was that meeting held (FGDMMeetingFac): yes or no.", enum=YES_NO),
    _field(
        "parents_represented",
        "string",
        "Were the parents legally represented at the first meeting: yes, no or unknown.",
        enum=YES_NO_UNKNOWN,
    ),
    _field(
        "review_meetings",
        "integer",
        "Review meetings after the first meeting, up to the step decision or the date of the extract "
        "(ReviewMeetingsCount).",
        required=True,
        minimum=0,
    ),
    _field(
        "outcome_code",
        "string",
        "The outcome (PPOutcome, DfE code set CS131, whose labels DfE has not confirmed). Empty while open.",
    ),
    _field(
        "outcome_issues_proceedings",
        "boolean",
        "Whether the council counts that outcome as issuing care proceedings. Empty while open.",
    ),
    _field(
        "children_in_case_band",
        "string",
        "How many children are recorded in the same family's case, banded so that large families do not stand out.",
        required=True,
        enum=CHILDREN_BANDS,
    ),
]
COLUMNS = [field["name"] for field in SCHEMA_FIELDS]

RULES = """\
One row per pre-proceedings period of a child of the council.
Pseudonymised, not anonymous: this is still personal data (ICO guidance on anonymisation and
pseudonymisation, March 2025). Keep it in the setting agreed for the project, link it to nothing else,
and do not try to identify anyone.
What is left out: names, references, council identifiers, addresses, exact dates (dates of birth
included), free text (reasons, notes, who decided), documents, the forum that decided, ethnicity,
disability, and any grouping of children into families beyond a banded count.
Dates: the month the period started; everything else in whole weeks from that start.
Small numbers: nothing is suppressed here. Apply the small-number rules of your publication
(DfE shows counts of 1 to 5 as "c", with secondary suppression; ONS uses 10) before anything leaves
the agreed setting.
"""


def keyed_hash(key, *parts):
    """HMAC-SHA256 of the parts, joined by a separator no identifier contains, truncated."""
    message = "\x1f".join(str(part) for part in parts).encode()
    return hmac.new(bytes(key), message, hashlib.sha256).hexdigest()[:KEY_HEX_LENGTH]


def weeks_between(start, end):
    if start is None or end is None:
        return ""
    return (end - start).days // 7


def age_band(child, start):
    if child.unborn:
        return "unborn"
    if start is None or child.birth_year is None:
        return ""
    # Without a birth month, the middle of the year: the band can be off by one only near a boundary.
    born = (child.birth_year, child.birth_month or 7)
    if born > (start.year, start.month):
        return "unborn"
    age = start.year - born[0] - (1 if start.month < born[1] else 0)
    for upper, band in ((1, "under 1"), (5, "1-4"), (10, "5-9"), (16, "10-15")):
        if age < upper:
            return band
    return "16+"


def children_band(count):
    return CHILDREN_BANDS[min(max(count, 1), 3) - 1]


def _answer(value):
    return "" if value is None else value


def period_row(period, *, key, children_in_case, review_days, today):
    child, start = period.child, period.decision_date
    outcome = period.outcome
    row = {
        "child_key": keyed_hash(key, "child", child.council_child_id),
        "period_key": keyed_hash(key, "period", child.council_child_id, period.pk),
        "age_band_at_start": age_band(child, start),
        "start_month": start.strftime("%Y-%m") if start else "",
        **{column: weeks_between(start, getattr(period, name)) for column, name, _what in WEEK_COLUMNS},
        "fgdm_offer": period.fgdm_offer,
        "fgdm_held": period.fgdm_held,
        "parents_represented": period.parents_represented,
        "review_meetings": review_meetings_count(
            review_days, first_meeting_date=period.first_meeting_date, until=period.step_decision_date or today
        ),
        "outcome_code": outcome.code if outcome else "",
        "outcome_issues_proceedings": _answer(outcome and ("true" if outcome.issues_proceedings else "false")),
        "children_in_case_band": children_band(children_in_case),
    }
    return row


def extract_rows(*, project, today=None):
    """The rows of the extract, as dicts of COLUMNS, for the project's council."""
    authority = project.authority
    today = today or timezone.localdate()
    counts = children_count_per_case(authority=authority)
    reviews = review_days_per_case(authority=authority)
    return [
        period_row(
            period,
            key=project.key,
            children_in_case=counts.get(period.child.case_id, 1),
            review_days=reviews.get(period.child.case_id, []),
            today=today,
        )
        for period in periods_for_extract(authority=authority)
    ]


def _csv_bytes(rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def data_package(*, project, created):
    """The Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/)."""
    return {
        "profile": "tabular-data-package",
        "name": f"pre-proceedings-evaluation-{project.pk}",
        "title": f"Pre-proceedings periods for evaluation project {project.pk}: {project.name}",
        "description": RULES,
        "created": created.isoformat(timespec="seconds"),
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": "periods",
                "path": "periods.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "header": True},
                "schema": {"fields": SCHEMA_FIELDS, "primaryKey": ["period_key"], "missingValues": [""]},
            }
        ],
    }


def extract_archive(*, project):
    """(zip bytes, row count) of the project's extract. Refuses a closed project and a tiny extract."""
    if project.closed_at is not None:
        raise ValidationError(_("This evaluation project is closed: it makes no more extracts."))
    rows = extract_rows(project=project)
    if len(rows) < MINIMUM_ROWS:
        raise ValidationError(
            _(
                "There are %(count)s periods to share. An extract needs at least %(minimum)s, "
                "so that no family stands out."
            )
            % {"count": len(rows), "minimum": MINIMUM_ROWS}
        )
    created = timezone.localtime()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        stamp = created.timetuple()[:6]
        for name, content in (
            ("datapackage.json", json.dumps(data_package(project=project, created=created), indent=2).encode()),
            ("periods.csv", _csv_bytes(rows)),
        ):
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue(), len(rows)


def evaluation_extract(*, project, generated_by):
    """The zip's bytes, for an LA admin of the project's own council only (PermissionDenied otherwise).

    Neither `generated_by` nor anyone else's name is written into the file: the extract is logged,
    with who, when, the row count and the file's hash, by `evaluation_extract_make`, which calls this.
    """
    membership = la_admin_membership_for(generated_by)
    if membership is None or membership.authority_id != project.authority_id:
        raise PermissionDenied
    return extract_archive(project=project)[0]
