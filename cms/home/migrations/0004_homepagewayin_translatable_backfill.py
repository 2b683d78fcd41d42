from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("home", "0003_homepagewayin_translatable_bootstrap"), ("core", "0001_languages")]

    operations = [BootstrapTranslatableModel("home.HomePageWayIn")]
