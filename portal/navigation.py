"""The service navigation: what a person can reach from every page, depending on who they are."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from cms.search.selectors import journey_url
from portal.authorities.selectors import staff_membership_for_request


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    active: bool = False


def navigation(request):
    user = getattr(request, "user", None)
    path = request.path
    items = [(_("Home"), "/")]
    journey = journey_url(request=request)
    if journey:
        items.append((_("What happens, step by step"), journey))
    items.append((_("Search"), reverse("search")))
    if user is None or not user.is_authenticated:
        items.append((_("Sign in"), reverse("account_login")))
    else:
        if staff_membership_for_request(request) is not None:
            items.append((_("Workspace"), "/admin/"))
        else:
            items.append((_("Your family's area"), reverse("family:home")))
        items.append((_("Your account"), reverse("account_email")))
        items.append((_("Sign out"), reverse("account_logout")))
    nav_items = [
        NavItem(label, url, active=(url == path if url == "/" else path.startswith(url))) for label, url in items
    ]
    return {"nav_items": nav_items}
