import pytest

from portal.demo import builders


@pytest.fixture
def authority_a(db):
    return builders.authority_get_or_build(
        name="Ashford Test Council", slug="la-a", brand_colour="#00703c", hostname="localhost", is_default_site=True
    )


@pytest.fixture
def authority_b(db):
    return builders.authority_get_or_build(
        name="Bramley Test Council", slug="la-b", brand_colour="#4c2c92", hostname="la-b.localhost"
    )
