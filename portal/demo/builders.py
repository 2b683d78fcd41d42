"""Small builders shared by the demo command and the tests, so both make data the same way."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.standard.services import standard_page_ensure as standard_page_get_or_build  # noqa: F401 (tests use this name)
from portal.authorities.models import LocalAuthority
from portal.authorities.services import authority_create


def authority_get_or_build(*, name, slug, brand_colour, hostname, is_default_site=False, intro=""):
    authority = LocalAuthority.objects.filter(slug=slug).first()
    if authority is None:
        authority = authority_create(
            name=name,
            slug=slug,
            brand_colour=brand_colour,
            hostname=hostname,
            is_default_site=is_default_site,
            intro=intro,
        )
    return authority


# Every demo (and test) account that can reach staff screens gets an authenticator app with this
# secret, because staff must use MFA (portal.accounts.mfa). It is published in the README so a
# reviewer can add it to an app; `manage.py demo_totp_code EMAIL` prints the current code.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 (demo only, published on purpose)


def totp_get_or_build(*, user, secret=DEMO_TOTP_SECRET):
    """An activated TOTP authenticator (with recovery codes), made the way allauth makes one."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        authenticator = TOTP.activate(user, secret).instance
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists():
        RecoveryCodes.activate(user)
    return authenticator


def user_get_or_build(*, email, password=None, first_name="", last_name="", groups=(), mfa=True):
    """A user with a verified email address, so they can sign in by password or emailed code.

    Anyone whose groups let them into the admin must use MFA, so they get the demo authenticator
    (unless `mfa=False`, for showing the set-up step).
    """
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=password, first_name=first_name, last_name=last_name)
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    for group_name in groups:
        user.groups.add(Group.objects.get(name=group_name))
    if mfa and groups and _groups_reach_admin(user):
        totp_get_or_build(user=user)
    return user


def _groups_reach_admin(user):
    return user.groups.filter(
        permissions__content_type__app_label="wagtailadmin", permissions__codename="access_admin"
    ).exists()


def staff_get_or_build(
    *, authority, email, role, first_name="", last_name="", job_title="", phone="", password=None, mfa=True
):
    """A member of staff in one LA, in the Wagtail group for their role, with the demo authenticator."""
    from portal.authorities.models import StaffMembership
    from portal.authorities.roles import role_group_name

    group = role_group_name(role=role, authority=authority)
    user = user_get_or_build(
        email=email, password=password, first_name=first_name, last_name=last_name, groups=[group], mfa=mfa
    )
    StaffMembership.objects.get_or_create(
        user=user, defaults={"authority": authority, "role": role, "job_title": job_title, "phone": phone}
    )
    if mfa:
        totp_get_or_build(user=user)
    return user


def case_get_or_build(*, authority, reference, family_name, children_first_names="", stage="letter_sent", worker=None):
    from portal.cases.models import Case
    from portal.cases.services import case_create

    case = Case.objects.filter(authority=authority, reference=reference).first()
    if case is None:
        case = case_create(
            authority=authority,
            reference=reference,
            family_name=family_name,
            children_first_names=children_first_names,
            stage=stage,
            created_by=worker,
        )
    return case


def participant_get_or_build(*, case, email, first_name, role, last_name="", password=None, added_by=None):
    from portal.cases.models import CaseInvitation, Participant
    from portal.cases.services import invitation_accept, participant_add

    participant = Participant.objects.filter(case=case, user__email=email).first()
    if participant is None:
        participant = participant_add(
            case=case,
            email=email,
            first_name=first_name,
            last_name=last_name,
            role=role,
            added_by=added_by,
            invite=False,
        )
        if isinstance(participant, CaseInvitation):  # an account in another case: it accepts at once here
            participant = invitation_accept(invitation=participant, user=participant.user)
        if password:
            participant.user.set_password(password)
            participant.user.save(update_fields=["password"])
    return participant


def document_get_or_build(*, case, title, recipients, shared_by=None, paragraphs=(), **cover):
    """A shared document whose file is a generated PDF, so demos and tests download something real."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from portal.demo.pdf import make_pdf
    from portal.documents.models import SharedDocument
    from portal.documents.services import document_share

    document = SharedDocument.objects.filter(case=case, title=title).first()
    if document is None:
        pdf = make_pdf(title, list(paragraphs) or [cover.get("what_it_is", title)])
        upload = SimpleUploadedFile(f"{title}.pdf", pdf, content_type="application/pdf")
        cover.setdefault("what_it_is", f"{title}.")
        document = document_share(
            case=case, uploaded_file=upload, title=title, recipients=recipients, shared_by=shared_by, **cover
        )
    return document


def contact_get_or_build(*, case, name, role, saved_by=None, for_participant=None, **details):
    """A who's who contact, found by its name in the case. An existing one is moved to `for_participant`
    if it belongs to someone else, so a demo loaded before contacts were per person catches up."""
    from portal.cases.models import CaseContact
    from portal.cases.services import case_contact_save

    contact = CaseContact.objects.filter(case=case, name=name).first()
    if contact is None or contact.for_participant_id != getattr(for_participant, "pk", None):
        contact = case_contact_save(
            case=case,
            saved_by=saved_by,
            contact=contact,
            for_participant=for_participant,
            name=name,
            role=role,
            **details,
        )
    return contact
