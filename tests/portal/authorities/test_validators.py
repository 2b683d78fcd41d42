import pytest
from django.core.exceptions import ValidationError

from portal.authorities.validators import contrast_with_white, validate_brand_colour


def test_govuk_blue_is_readable_with_white_text():
    assert contrast_with_white("#1d70b8") > 4.5
    validate_brand_colour("#1d70b8")


@pytest.mark.parametrize("value", ["#ffdd00", "#ffffff", "yellow", "#12345", ""])
def test_light_or_malformed_colours_are_refused(value):
    with pytest.raises(ValidationError):
        validate_brand_colour(value)
