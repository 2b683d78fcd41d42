"""Directory models. One module per area: categories, services, family support teams, pages."""

from .pages import LEGAL_ADVICE_SLUG, DirectoryPage, LegalAdvicePage
from .services import Organisation, Service, ServicePhone, ServiceSchedule, phone_href
from .taxonomy import Taxonomy, TaxonomyTerm
from .teams import FamilySupportTeam

__all__ = [
    "LEGAL_ADVICE_SLUG",
    "DirectoryPage",
    "FamilySupportTeam",
    "LegalAdvicePage",
    "Organisation",
    "Service",
    "ServicePhone",
    "ServiceSchedule",
    "Taxonomy",
    "TaxonomyTerm",
    "phone_href",
]
