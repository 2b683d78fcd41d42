"""The data the admin access matrix runs against (admin_matrix.py makes the addresses).

Every scope (LA A, LA B and the national team) gets a page with an unpublished draft title,
revisions, a workflow in progress, a translation, an editing session, a case with everything in it,
directory records and staff, each carrying a marker phrase (MARKERS) that must never reach anyone
outside that scope.
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

SCOPES = ("A", "B", "national")

# Phrases that exist only in one scope's data: the page's unpublished title, the case's family name,
# the staff member's address and so on. Seeing one outside its scope is a leak.
MARKERS = {
    "A": [
        "Ashford secret draft",
        "The A1 family",
        "D1 letter",
        "Ashford contact person",
        "Ashford meeting",
        "Ashford question",
        "Ashford invited person",
        "Ashford evaluation",
        "Ashford child",
        "Ashford network person",
        "Ashford sent file",
        "Ashford organisation",
        "Ashford service",
        "wa@la-a.example",
    ],
    "B": [
        "Bramley secret draft",
        "The B1 family",
        "B1 letter",
        "wb@la-b.example",
        "Bramley contact person",
        "Bramley meeting",
        "Bramley question",
        "Bramley invited person",
        "Bramley evaluation",
        "Bramley child",
        "Bramley network person",
        "Bramley sent file",
        "Bramley organisation",
        "Bramley service",
    ],
    "national": ["National secret draft"],
}

# A wordy paragraph that fails the plain language check, so a workflow on it stays in progress.
WORDY = (
    "<p>Notwithstanding considerable organisational complications, multidisciplinary professional "
    "representatives collaboratively investigated comprehensive administrative documentation, "
    "subsequently establishing extraordinarily sophisticated intergovernmental communication "
    "arrangements concerning responsibilities.</p>"
)


def _scope_page(*, home, slug, title, editor):
    """A published page under `home` whose latest revision is an unpublished draft with `title`,
    submitted to the plain language workflow (which it fails, so the workflow stays open)."""
    from portal.demo import builders

    page = builders.standard_page_get_or_build(
        home=home, slug=slug, title=f"{home.title} page", purpose="other", paragraphs=["Short words."]
    )
    return _draft_with_workflow(page=page, title=title, editor=editor)


def _draft_with_workflow(*, page, title, editor):
    from wagtail.models import WorkflowState

    from cms.guidance.services import plain_language_workflow

    page = page.specific
    page.title = title
    page.body = [("text", WORDY)]
    revision = page.save_revision(user=editor)
    workflow = plain_language_workflow()
    states = WorkflowState.objects.filter(base_content_type=page.get_base_content_type(), object_id=str(page.pk))
    if not states.exists():
        workflow.start(page, editor)
    page.refresh_from_db()
    return page, revision


def matrix_data_build():
    """The hostile-case world, the national guidance shared with both LAs, and one of everything per scope."""
    from django.core.files.base import ContentFile
    from wagtail.admin.models import EditingSession
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection, Locale, Page, Task, UploadedFile, Workflow, WorkflowState
    from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource
    from wagtail_localize.operations import TranslationCreator

    from cms.directory.models import FamilySupportTeam, Organisation, Service, TaxonomyTerm
    from cms.glossary.models import GlossaryTerm
    from cms.guidance.groups import NATIONAL_EDITORS
    from cms.guidance.models import GuidePage, Source
    from cms.guidance.seed import guidance_seed
    from portal.authorities.models import StaffMembership
    from portal.authorities.roles import AREA_GROUP, editor_group_name, moderator_group_name
    from portal.authorities.services import family_justice_area_set_up
    from portal.cases.models import CaseContact, CaseInvitation, KeyDate
    from portal.conversations.services import thread_start
    from portal.demo import builders
    from portal.documents.models import FamilyUpload
    from portal.network.models import NetworkPerson
    from portal.preproceedings.models import Child, EvaluationProject, Period
    from tests.cms.guidance.conftest import GUIDES, SECTIONS
    from tests.conftest import world_build

    w = world_build()
    national_root = guidance_seed(authorities=[w.authority_a, w.authority_b], sections=SECTIONS, guides=GUIDES)
    password = "Portal-test-2026"  # noqa: S105 (a test account)
    actors = {
        "worker": w.wa,
        "la_admin": w.aa,
        "editor": w.ea,
        "moderator": builders.user_get_or_build(
            email="ma@la-a.example", password=password, groups=[moderator_group_name(w.authority_a)]
        ),
        "national_editor": builders.user_get_or_build(
            email="ne@national.example", password=password, groups=[NATIONAL_EDITORS]
        ),
        "family": w.p1.user,
        "data": builders.staff_get_or_build(authority=w.authority_a, email="da@la-a.example", role="data"),
        "area": builders.user_get_or_build(email="area@lfjb.example", password=password, groups=[AREA_GROUP]),
    }
    family_justice_area_set_up(
        name="Matrix DFJ area",
        council_slugs=[w.authority_a.slug, w.authority_b.slug],
        member_emails=["area@lfjb.example"],
    )
    eb = builders.user_get_or_build(email="eb@la-b.example", groups=[editor_group_name(w.authority_b)])
    superuser = get_user_model().objects.create_superuser(email="root@portal.example", password=password)
    pl = Locale.objects.get_or_create(language_code="pl")[0]

    scopes = {}
    for scope, home, editor, title in (
        ("A", w.authority_a.site.root_page, w.ea, "Ashford secret draft"),
        ("B", w.authority_b.site.root_page, eb, "Bramley secret draft"),
        ("national", national_root, actors["national_editor"], "National secret draft"),
    ):
        if scope == "national":
            guide = GuidePage.objects.descendant_of(national_root).filter(alias_of=None).first()
            TranslationCreator(superuser, [pl]).create_translations(guide)
            page, _ = _draft_with_workflow(page=guide, title=title, editor=editor)
        else:
            page, _ = _scope_page(home=home, slug=f"secret-{scope.lower()}", title=title, editor=editor)
            TranslationCreator(superuser, [pl]).create_translations(page)
        source = TranslationSource.objects.get(object_id=page.translation_key, specific_content_type=page.content_type)
        translation = Translation.objects.get(source=source, target_locale=pl)
        workflow_state = WorkflowState.objects.filter(
            base_content_type=page.get_base_content_type(), object_id=str(page.pk)
        ).first()
        revisions = list(page.revisions.order_by("pk"))
        scopes[scope] = SimpleNamespace(
            home=home,
            page=page,
            first_revision=revisions[0],
            revision=revisions[-1],
            workflow_state=workflow_state,
            task_state=workflow_state.current_task_state if workflow_state else None,
            translation=translation,
            translation_source=source,
            string_segment=StringSegment.objects.filter(source=source).first(),
            overridable_segment=OverridableSegment.objects.filter(source=source).first(),
            editing_session=EditingSession.objects.create(
                user=editor,
                content_type=ContentType.objects.get_for_model(Page),
                object_id=str(page.pk),
                last_seen_at=timezone.now(),
            ),
            editor=editor,
        )

    for scope, authority, case, document, worker in (
        ("A", w.authority_a, w.a1, w.d1, w.wa),
        ("B", w.authority_b, w.b1, w.d_b1, w.wb),
    ):
        name = authority.name.split()[0]
        ns = scopes[scope]
        ns.authority = authority
        ns.site = authority.site
        ns.case = case
        ns.document = document
        ns.participant = case.participants.first()
        # An invitation not yet accepted, to an account in the same council's other case (or a new one).
        ns.invitation = CaseInvitation.objects.create(
            case=case,
            user=(w.pa2.user if scope == "A" else builders.user_get_or_build(email="invited@b-family.example")),
            role="other",
            first_name=f"{name} invited person",
            token_hash=CaseInvitation.token_digest(f"matrix-{scope}"),
            invited_at=timezone.now(),
        )
        ns.key_date = KeyDate.objects.create(case=case, title=f"{name} meeting", starts_at=timezone.now())
        ns.contact = CaseContact.objects.create(
            case=case, role=CaseContact.Role.choices[0][0], name=f"{name} contact person"
        )
        ns.thread = thread_start(participant=ns.participant, body=f"{name} question")
        ns.evaluation_project = EvaluationProject.objects.create(authority=authority, name=f"{name} evaluation")
        ns.child = Child.objects.create(case=case, first_name=f"{name} child", council_child_id=f"{name}-C1")
        ns.period = Period.objects.create(child=ns.child)
        ns.network_person = NetworkPerson.objects.create(case=case, name=f"{name} network person", connection="aunt")
        ns.family_upload = FamilyUpload(
            case=case,
            sender=ns.participant,
            sender_name=f"{name} sender",
            original_name=f"{name} sent file.pdf",
            content_type="application/pdf",
            size=5,
            sha256="0" * 64,
        )
        ns.family_upload.file.save("upload", ContentFile(b"%PDF-"), save=True)
        ns.membership = StaffMembership.objects.get(user=worker)
        ns.user = worker
        ns.group = Group.objects.get(name=editor_group_name(authority))
        ns.organisation = Organisation.objects.create(
            name=f"{name} organisation", description="Helps.", authority=authority
        )
        ns.service = Service.objects.create(
            organisation=ns.organisation, name=f"{name} service", description="Helps.", url="https://example.org/"
        )
        ns.service.authorities.set([authority])
        ns.service.save()  # a parental many-to-many is written on save
        ns.service.save_revision()
        ns.team = FamilySupportTeam.objects.filter(authority=authority).first() or FamilySupportTeam.objects.create(
            authority=authority, team_name=f"{name} team", phone="01632 960 000", what_they_do="Helps."
        )
    national = scopes["national"]
    national.organisation = Organisation.objects.create(name="National organisation", description="Helps.")
    national.service = Service.objects.create(
        organisation=national.organisation, name="National service", description="Helps.", url="https://example.org/"
    )
    national.service.save_revision()
    national.user = actors["national_editor"]
    national.group = Group.objects.get(name=NATIONAL_EDITORS)
    national.glossary_term = GlossaryTerm.objects.first() or GlossaryTerm.objects.create(
        term="Matrix term", slug="matrix-term", meaning="A word for the test.", meaning_young="A word."
    )
    national.glossary_term.save_revision()
    national.source = Source.objects.first()

    image = get_image_model().objects.create(title="Shared image", file=get_test_image_file())
    shared = SimpleNamespace(
        image=image,
        wagtail_document=get_document_model().objects.create(title="Shared document", file=get_test_image_file()),
        collection=Collection.get_first_root_node(),
        redirect=Redirect.objects.create(old_path="/old-matrix", redirect_link="https://example.org/"),
        locale=pl,
        workflow=Workflow.objects.first(),
        task=Task.objects.first(),
        taxonomy_term=TaxonomyTerm.objects.first(),
        uploaded_file=UploadedFile.objects.create(
            file=get_test_image_file(),
            for_content_type=ContentType.objects.get_for_model(get_image_model()),
            uploaded_by_user=eb,
        ),
    )
    return SimpleNamespace(world=w, actors=actors, superuser=superuser, scopes=scopes, shared=shared)
