import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _relative_luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_colour):
    """WCAG contrast ratio between the colour and white text."""
    return 1.05 / (_relative_luminance(hex_colour) + 0.05)


def validate_brand_colour(value):
    """The header shows white text on the brand colour, so it must pass WCAG AA (4.5:1)."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(gettext("Enter a colour as # followed by six hex digits, like #1d70b8."))
    ratio = contrast_with_white(value)
    if ratio < 4.5:
        raise ValidationError(
            gettext(
                "White text on this colour is too hard to read (contrast %(ratio)s:1, needs 4.5:1). "
                "Choose a darker colour."
            )
            % {"ratio": f"{ratio:.1f}"}
        )
