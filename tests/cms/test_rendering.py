import pytest

from cms.standard.models import StandardPage
from portal.demo import builders


@pytest.fixture
def privacy_page(authority_a):
    return builders.standard_page_get_or_build(
        home=authority_a.site.root_page,
        slug="privacy",
        title="Privacy notice",
        purpose=StandardPage.Purpose.PRIVACY,
        paragraphs=["We keep only what we need."],
    )


def test_home_page_shows_the_authority_name_colour_and_exit_link(client, authority_a):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ashford Test Council" in html
    assert "--portal-brand:#00703c" in html
    assert 'lang="en-gb"' in html
    assert 'href="#main-content"' in html
    assert authority_a.exit_url in html
    assert "govuk-header__logotype" not in html  # no crown or GOV.UK logotype


def test_footer_links_to_standard_pages(client, privacy_page):
    html = client.get("/").content.decode()
    assert 'href="/privacy/"' in html
    response = client.get("/privacy/")
    assert response.status_code == 200
    assert "We keep only what we need." in response.content.decode()


def test_each_authority_site_has_its_own_branding(client, authority_a, authority_b):
    html = client.get("/", HTTP_HOST="la-b.localhost").content.decode()
    assert "Bramley Test Council" in html
    assert "--portal-brand:#4c2c92" in html
    assert "Ashford Test Council" not in html
