"""Devices named in words ("Safari on an iPhone"), not as raw browser strings, for the list of
places a person is signed in. Parsed with ua-parser; anything it does not know reads "a device"."""

from django.utils.translation import gettext, gettext_lazy
from ua_parser import parse

# Browser families as people know them.
BROWSERS = {
    "Mobile Safari": "Safari",
    "Chrome Mobile": "Chrome",
    "Chrome Mobile iOS": "Chrome",
    "Firefox Mobile": "Firefox",
    "Firefox iOS": "Firefox",
    "Samsung Internet": "Samsung Internet",
    "HeadlessChrome": "Chrome",
}
SYSTEMS = {
    "iOS": gettext_lazy("an iPhone or iPad"),
    "Android": gettext_lazy("an Android phone or tablet"),
    "Windows": gettext_lazy("a Windows computer"),
    "Mac OS X": gettext_lazy("a Mac"),
    "Chrome OS": gettext_lazy("a Chromebook"),
    "Linux": gettext_lazy("a Linux computer"),
    "Ubuntu": gettext_lazy("a Linux computer"),
}
DEVICES = {"iPhone": gettext_lazy("an iPhone"), "iPad": gettext_lazy("an iPad")}


def device_words(user_agent):
    """Like "Chrome on an Android phone or tablet"; "A web browser" when nothing is known."""
    result = parse(user_agent or "")
    browser = result.user_agent.family if result.user_agent else ""
    browser = BROWSERS.get(browser, browser)
    device = result.device.family if result.device else ""
    system = result.os.family if result.os else ""
    where = DEVICES.get(device) or SYSTEMS.get(system)
    if browser and browser != "Other" and where:
        return gettext("%(browser)s on %(where)s") % {"browser": browser, "where": where}
    if where:
        return gettext("A web browser on %(where)s") % {"where": where}
    return gettext("A web browser")
