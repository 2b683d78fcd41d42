"""Small builders for the directory tests (the demo uses cms.directory.seed instead)."""

import datetime
import time

from allauth.mfa.models import Authenticator
from django.utils import timezone

from cms.directory.models import Organisation, Service, ServicePhone, ServiceSchedule, TaxonomyTerm


def term(slug):
    return TaxonomyTerm.objects.get(slug=slug)


def organisation_build(name="Test organisation", authority=None):
    return Organisation.objects.create(name=name, description=f"About {name}.", authority=authority)


def service_build(
    name,
    *,
    authorities=(),
    categories=(),
    phones=(),
    times=(),
    description="",
    eligibility="",
    status=Service.Status.ACTIVE,
    live=True,
    cost="",
    means_test=False,
    assured_date=None,
    **fields,
):
    """A published service with its phones, opening times, area and categories."""
    authorities = list(authorities)
    service = Service(
        organisation=organisation_build(f"{name} organisation", authorities[0] if len(authorities) == 1 else None),
        name=name,
        description=description or f"{name} helps families.",
        eligibility=eligibility,
        url="https://example.org/" + name.lower().replace(" ", "-"),
        status=status,
        live=live,
        cost=cost,
        means_test=means_test,
        assured_date=assured_date if assured_date is not None else timezone.localdate(),
        assurer_email="checker@example.org",
        **fields,
    )
    service.authorities = authorities
    service.categories = [term(slug) for slug in categories]
    service.phones = [
        ServicePhone(number=number, description=text, sort_order=position)
        for position, (number, text) in enumerate(phones)
    ]
    service.schedules = [
        ServiceSchedule(
            byday=days,
            opens_at=datetime.time.fromisoformat(opens),
            closes_at=datetime.time.fromisoformat(closes),
            sort_order=position,
        )
        for position, (days, opens, closes) in enumerate(times)
    ]
    service.save()
    return service


def admin_client_for(client, user):
    """A client signed in to the admin as `user`, having completed MFA (as staff must)."""
    Authenticator.objects.get_or_create(user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}})
    client.force_login(user)
    session = client.session
    session["account_authentication_methods"] = [{"method": "mfa", "type": "totp", "at": time.time()}]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return client
