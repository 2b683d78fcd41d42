"""Every block renders its preview in GOV.UK markup; links editors type are checked."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from cms.core.blocks import (
    AccordionBlock,
    BodyStreamBlock,
    CallToActionBlock,
    GuideStreamBlock,
    StepByStepBlock,
    WhoCanHelpBlock,
    validate_link_url,
)
from cms.core.blocks.who_can_help import validate_phone

EXPECTED_MARKUP = {
    "text": 'class="govuk-body portal-prose"',
    "inset_text": 'class="govuk-inset-text"',
    "warning_text": 'class="govuk-warning-text"',
    "details": 'class="govuk-details"',
    "step_by_step": 'class="govuk-list govuk-list--number portal-steps"',
    "accordion": 'data-module="govuk-accordion"',
    "summary_list": 'class="govuk-summary-list"',
    "what_you_can_do_now": "What you can do now",
    "who_can_help": "Who can help",
    "call_to_action": 'class="govuk-button govuk-button--start"',
}


def test_guide_stream_has_every_component_and_body_stream_stays_small():
    assert set(GuideStreamBlock.base_blocks) == set(EXPECTED_MARKUP)
    assert set(BodyStreamBlock.base_blocks) == {"text", "inset_text", "warning_text", "details"}


@pytest.mark.parametrize("name", sorted(EXPECTED_MARKUP))
def test_every_block_has_a_description_and_renders_its_preview(name):
    block = GuideStreamBlock().child_blocks[name]
    assert block.meta.description
    assert block.meta.preview_value
    html = block.render(block.get_preview_value())
    assert EXPECTED_MARKUP[name] in html


def test_accordion_shows_every_section_without_javascript():
    block = AccordionBlock()
    html = block.render(block.get_preview_value())
    # GOV.UK's script hides sections; without it the content is in the page and not hidden.
    assert html.count('class="govuk-accordion__section-content"') == 2
    assert "hidden" not in html
    assert "A care order means the council shares responsibility" in html
    # A stable id: the script remembers which sections were open by it.
    assert block.render(block.get_preview_value()).split('id="')[1] == html.split('id="')[1]


def test_step_by_step_is_a_numbered_list_with_headings():
    block = StepByStepBlock()
    html = block.render(block.get_preview_value())
    assert html.count("<li") == 3
    assert '<h3 class="govuk-heading-s govuk-!-margin-bottom-2">You get a letter</h3>' in html


def test_who_can_help_phone_numbers_are_tap_to_call():
    block = WhoCanHelpBlock()
    html = block.render(block.get_preview_value())
    assert 'href="tel:08088010366"' in html
    assert ">0808 801 0366</a>" in html


@pytest.mark.parametrize("phone", ["call 0800", "0800-123-456", "<script>"])
def test_phone_numbers_are_digits_and_spaces(phone):
    with pytest.raises(ValidationError):
        validate_phone(phone)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "http://example.com",
        "//evil.example",
        "/\\evil.example",
        "https:",
        "https://",
        "tel:",
        "ftp://example.com",
    ],
)
def test_unsafe_or_insecure_urls_are_refused(url):
    with pytest.raises(ValidationError):
        validate_link_url(url)


@pytest.mark.parametrize(
    "url", ["https://www.gov.uk/check-legal-aid", "tel:08088010366", "mailto:help@example.org", "/directory/", "#top"]
)
def test_safe_urls_are_allowed(url):
    validate_link_url(url)


def test_call_to_action_rejects_a_javascript_url():
    block = CallToActionBlock()
    value = block.to_python({"label": "Go", "url": "javascript:alert(document.cookie)", "page": None})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "url" in error.value.block_errors


def test_call_to_action_needs_a_page_or_an_address_but_not_both(db):
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Go", "url": "", "page": None}))
    home = Page.objects.get(depth=2)
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Go", "url": "/directory/", "page": home.pk}))
    assert block.clean(block.to_python({"label": "Go", "url": "/directory/", "page": None}))["url"] == "/directory/"


def test_call_to_action_links_to_a_chosen_page(authority_a):
    block = CallToActionBlock()
    home = authority_a.site.root_page
    html = block.render(block.to_python({"label": "Go home", "page": home.pk, "url": ""}))
    assert f'href="{home.specific.url}"' in html
    assert "govuk-button--start" not in html
