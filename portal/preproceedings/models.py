"""Pre-proceedings data, per child, as the DfE Children in Need census (2026-27, the
"PreProceedingsandFGDM" module) needs it. Sources and rules: ../shared/PRE-PROCEEDINGS-DATA.md.

The family still sees one case; the census counts children. Each Child of a case can have several
pre-proceedings periods over time. Each census field maps to exactly one field here (CENSUS_FIELDS),
except ReviewMeetingsCount, which is counted from the review meetings recorded as key dates.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Child(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="children")
    first_name = models.CharField(_("first name"), max_length=150, help_text=_("As the family knows the child."))
    council_child_id = models.CharField(
        _("council's child identifier"),
        max_length=40,
        help_text=_("The child's identifier in your council's case system (LAchildID in the census)."),
    )
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"), null=True, blank=True, validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    birth_month = models.PositiveSmallIntegerField(
        _("month of birth"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    unborn = models.BooleanField(_("unborn"), default=False, help_text=_("A pre-birth case."))

    class Meta:
        ordering = ["first_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "council_child_id"],
                name="one_child_id_per_case",
                violation_error_message=_("Another child in this case already has this identifier."),
            )
        ]

    def __str__(self):
        return self.first_name


class OutcomeCode(models.Model):
    """The census's pre-proceedings outcome codes (PPOutcome, code set CS131). DfE has not confirmed
    their labels, so each council keeps its own table and corrects the labels without a code change."""

    authority = models.ForeignKey("authorities.LocalAuthority", on_delete=models.CASCADE, related_name="+")
    code = models.CharField(_("census code"), max_length=4)
    label = models.CharField(_("meaning"), max_length=200)
    issues_proceedings = models.BooleanField(
        _("means court proceedings are issued"), default=False, help_text=_("Used to count diversion from court.")
    )

    class Meta:
        ordering = ["authority", "code"]
        constraints = [models.UniqueConstraint(fields=["authority", "code"], name="one_outcome_code_per_council")]

    def __str__(self):
        return f"{self.code}: {self.label}"


# Provisional until DfE publishes the labels of CS131; each council can change its copy.
DEFAULT_OUTCOME_CODES = [
    ("A", "Stepped down: the worries are met without going to court (provisional label)", False),
    ("B", "Care proceedings issued (provisional label)", True),
    ("C", "Another outcome (provisional label)", False),
]


class Period(models.Model):
    """One pre-proceedings period of one child, from the decision to start it to its outcome."""

    class Forum(models.TextChoices):
        LEGAL_PLANNING = "legal_planning", _("Legal planning meeting")
        LEGAL_GATEWAY = "legal_gateway", _("Legal gateway panel")
        OTHER = "other", _("Another forum")

    class FgdmOffer(models.TextChoices):
        OFFERED = "offered", _("Yes, offered in the letter")
        NOT_OFFERED = "not_offered", _("No")
        NOT_BEST_INTERESTS = "not_best_interests", _("Not offered: not in the child's best interests")

    class YesNo(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")

    class YesNoUnknown(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        UNKNOWN = "unknown", _("Not known")

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="periods")
    decision_date = models.DateField(_("decision to start pre-proceedings"), null=True, blank=True)
    decision_forum = models.CharField(_("where it was decided"), max_length=20, choices=Forum.choices, blank=True)
    letter_sent_date = models.DateField(_("letter before proceedings sent"), null=True, blank=True)
    fgdm_offer = models.CharField(
        _("family group decision-making meeting offered in the letter"),
        max_length=20,
        choices=FgdmOffer.choices,
        blank=True,
    )
    fgdm_not_offered_by = models.CharField(_("who decided not to offer it"), max_length=150, blank=True)
    fgdm_not_offered_on = models.DateField(_("when that was decided"), null=True, blank=True)
    fgdm_not_offered_reason = models.TextField(_("why it is not in the child's best interests"), blank=True)
    fgdm_held = models.CharField(
        _("family group decision-making meeting held"), max_length=3, choices=YesNo.choices, blank=True
    )
    first_meeting_date = models.DateField(_("first pre-proceedings meeting"), null=True, blank=True)
    parents_represented = models.CharField(
        _("parents legally represented at the first meeting"), max_length=7, choices=YesNoUnknown.choices, blank=True
    )
    step_decision_date = models.DateField(_("decision to step down or issue"), null=True, blank=True)
    outcome = models.ForeignKey(
        OutcomeCode, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("outcome")
    )
    court_application_date = models.DateField(_("court application made"), null=True, blank=True)
    proceedings_letter_date = models.DateField(
        _("letter telling the parents proceedings are starting"), null=True, blank=True
    )
    # {field name: why it is blank}: in the first collection year a field may be left blank with a reason.
    blank_reasons = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["child", "decision_date", "pk"]

    def __str__(self):
        return f"{self.child} from {self.decision_date or '?'}"


# Census item (DfE name) -> Period field. ReviewMeetingsCount is counted, not stored (rules.py).
CENSUS_FIELDS = {
    "PPStartDate": "decision_date",
    "LBPSentDate": "letter_sent_date",
    "FGDMMeetingOffer": "fgdm_offer",
    "FGDMMeetingFac": "fgdm_held",
    "InitialPPMeetingDate": "first_meeting_date",
    "StepDecisionDate": "step_decision_date",
    "PPOutcome": "outcome",
    "CourtAppDate": "court_application_date",
    "LetterInitCPDate": "proceedings_letter_date",
}


def evaluation_key_new():
    """32 random bytes (256 bits): as long as HMAC-SHA256's own output, so guessing it is hopeless."""
    return secrets.token_bytes(32)


class EvaluationProject(models.Model):
    """One evaluation that a council shares pre-proceedings data with, and the key that pseudonymises it.

    Every extract for the project replaces the council's child identifiers with HMAC-SHA256(key, id):
    the same child gets the same pseudonym in every extract of one project (so an evaluator can join
    them) and an unrelated one in another project (so two evaluators cannot join theirs). The key is
    stored here, with the council's own data and under the same protection, because that is where the
    identifiers it protects already are: whoever can read this table can read the identifiers anyway.
    It never leaves: it is in no extract, screen or log, and the evaluator never holds it, so the
    evaluator cannot run the hash over a list of guessed identifiers. Closing the project stops new
    extracts; deleting it (with the council's other data) throws the key away, after which nobody can
    link the extracts back to a child.
    """

    authority = models.ForeignKey(
        "authorities.LocalAuthority", on_delete=models.CASCADE, related_name="evaluation_projects"
    )
    name = models.CharField(
        _("name"), max_length=120, help_text=_("The evaluation and who runs it, like “Trailblazer evaluation 2026”.")
    )
    key = models.BinaryField(default=evaluation_key_new, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(
        _("closed"), null=True, blank=True, help_text=_("A closed project makes no more extracts.")
    )

    class Meta:
        ordering = ["authority", "-created_at", "pk"]

    def __str__(self):
        return self.name

    def __repr__(self):
        # Never the key, not even in a traceback.
        return f"<EvaluationProject {self.pk}: {self.name}>"
