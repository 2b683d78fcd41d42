"""The staff workspace, inside the Wagtail admin (/admin/cases/).

Workers manage their own LA's cases here. Every view fetches the case through a selector scoped
to the signed-in worker; anything outside that scope is a 404 written to the access log, and
every write goes through portal.cases.services or portal.documents.services.

Modules: viewsets (the Case viewset and its index/create/edit views), mixins (scope, audit and
form plumbing shared by every view), forms, workspace (the case page and the download),
actions (stage, family, dates, contacts, workers) and documents (share, new version, recipients).
"""
