"""The portal's own settings that belong to no other topic."""

from .environment import env_int, env_str

# The portal's name where no council's name applies (the admin, authenticator apps).
PORTAL_NAME = env_str("PORTAL_NAME", "Family court help")
# The name every email subject, text message and message body starts with, so people know who it is
# from. It shows on a phone's lock screen, so a council may choose a plainer name than PORTAL_NAME.
PORTAL_MESSAGE_NAME = env_str("PORTAL_MESSAGE_NAME", PORTAL_NAME)
# Directory entries not checked for this many months are flagged to editors as out of date.
PORTAL_DIRECTORY_STALE_MONTHS = env_int("PORTAL_DIRECTORY_STALE_MONTHS", 12)
# The header colour when a council has not set its own.
PORTAL_DEFAULT_BRAND_COLOUR = "#1d70b8"
# Where "Exit this page" goes when no local authority has set its own.
PORTAL_DEFAULT_EXIT_URL = env_str("PORTAL_DEFAULT_EXIT_URL", "https://www.bbc.co.uk/weather")
