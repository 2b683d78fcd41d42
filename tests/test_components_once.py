"""GOV.UK components are written once: the error summary, pagination and family form fields.

A second copy of a component drifts (one page's error links stop working, one page's pagination
loses its "Previous" label), so templates include the component instead of writing its markup.
"""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.conf import settings
from django.template.loader import render_to_string

ROOT = Path(settings.BASE_DIR)
COMPONENTS = ROOT / "portal" / "templates" / "components"
TEMPLATES = sorted(path for top in ("portal", "cms") for path in (ROOT / top).rglob("*.html"))

# The templates of the family area's own forms: every field goes through components/field.html.
FAMILY_FORM_TEMPLATES = sorted(
    {
        *(ROOT / "portal" / "cases" / "templates" / "cases").glob("family_*.html"),
        *(ROOT / "portal" / "documents" / "templates" / "documents").glob("family_*.html"),
        *(ROOT / "portal" / "notifications" / "templates").rglob("*.html"),
        *(ROOT / "portal" / "conversations" / "templates" / "conversations").glob("*.html"),
        *(ROOT / "portal" / "accounts" / "templates" / "account").rglob("*.html"),
    }
)
CONTROL = re.compile(r"<(input|textarea|select)\b[^>]*>", re.IGNORECASE)
HIDDEN = re.compile(r"""\btype\s*=\s*["']?hidden\b""", re.IGNORECASE)


def _relative(path):
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize(
    "css_class, component",
    [("govuk-error-summary", "error-summary.html"), ("govuk-pagination", "pagination.html")],
)
def test_only_the_component_writes_the_markup(css_class, component):
    copies = [_relative(path) for path in TEMPLATES if path != COMPONENTS / component and css_class in path.read_text()]
    assert not copies, f"use {{% include 'components/{component}' %}} instead of writing {css_class} in {copies}"
    assert css_class in (COMPONENTS / component).read_text()


def test_family_forms_write_no_controls_of_their_own():
    assert len(FAMILY_FORM_TEMPLATES) >= 5
    written = [
        f"{_relative(path)}: {match.group(0)[:80]}"
        for path in FAMILY_FORM_TEMPLATES
        for match in CONTROL.finditer(path.read_text())
        if not HIDDEN.search(match.group(0))
    ]
    assert not written, "render form fields with components/field.html:\n" + "\n".join(written)


class EveryKindOfFieldForm(forms.Form):
    name = forms.CharField(label="Your name", help_text="As on your letter")
    about = forms.CharField(label="What happened", widget=forms.Textarea(attrs={"rows": 3}))
    council = forms.ChoiceField(label="Council", choices=[("", "Choose"), ("a", "A"), ("b", "B")])
    contact = forms.ChoiceField(label="How", choices=[("email", "Email"), ("text", "Text")], widget=forms.RadioSelect)
    days = forms.MultipleChoiceField(
        label="Days", choices=[("mon", "Monday"), ("tue", "Tuesday")], widget=forms.CheckboxSelectMultiple
    )
    agree = forms.BooleanField(label="I agree")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)

    def clean(self):
        raise forms.ValidationError("Something went wrong")


@pytest.fixture
def rendered():
    form = EveryKindOfFieldForm({"name": "", "about": "typed <text>", "council": "b", "contact": "", "days": []})
    assert not form.is_valid()
    html = render_to_string("components/error-summary.html", {"form": form})
    html += "".join(render_to_string("components/field.html", {"field": field}) for field in form)
    return form, BeautifulSoup(html, "html.parser")


def test_every_error_in_the_summary_links_to_its_control(rendered):
    form, soup = rendered
    links = soup.select(".govuk-error-summary__list a")
    assert [link.get_text() for link in links] == [
        "Something went wrong",
        *(error for field in form for error in field.errors),
    ]
    for link in links:
        target = soup.find(id=link["href"].removeprefix("#"))
        assert target is not None and target.name in ("input", "textarea", "select"), link
    assert links[0]["href"] == "#name"  # errors of the whole form go to the first field
    assert soup.select_one('a[href="#contact"]') is not None  # radios: to the first option


def test_each_control_is_described_by_its_hint_and_error(rendered):
    form, soup = rendered
    for element in soup.select("[aria-describedby]"):
        for described_by in element["aria-describedby"].split():
            assert soup.find(id=described_by) is not None, described_by
    assert soup.find(id="name")["aria-describedby"] == "name-hint name-error"
    assert not soup.find(id="about").has_attr("aria-describedby")  # no hint, no error
    assert soup.find(id="contact").find_parent("fieldset")["aria-describedby"] == "contact-error"
    assert [radio["id"] for radio in soup.select("input[name=contact]")] == ["contact", "contact-2"]
    assert soup.find(id="name-error").get_text(" ", strip=True) == "Error: This field is required."
    assert soup.find(id="about").get_text() == "typed <text>"  # what was typed is kept
    assert soup.find(id="council").find("option", selected=True)["value"] == "b"
    assert soup.find(id="contact").find_parent("div", class_="govuk-radios") is not None
    assert soup.find(id="days").find_parent("div", class_="govuk-checkboxes") is not None
    assert soup.find(id="agree")["type"] == "checkbox"


def test_the_field_takes_the_attributes_a_family_form_needs():
    form = EveryKindOfFieldForm({"name": ""})
    html = render_to_string(
        "components/field.html",
        {
            "field": form["name"],
            "label": "Enter the code",
            "classes": "govuk-input--width-5",
            "inputmode": "numeric",
            "autocomplete": "one-time-code",
            "spellcheck": "false",
            "refill": False,
        },
    )
    control = BeautifulSoup(html, "html.parser").find(id="name")
    assert control["class"] == ["govuk-input", "govuk-input--width-5", "govuk-input--error"]
    assert (control["inputmode"], control["autocomplete"], control["spellcheck"]) == (
        "numeric",
        "one-time-code",
        "false",
    )
    assert not control.has_attr("value")  # a wrong code is typed again, not corrected
    assert "Enter the code" in html
