"""The worker's screens for pre-proceedings data, in the case workspace (URLs in
portal/cases/admin_views/viewsets.py): a child of a case, and a pre-proceedings period of a child."""
