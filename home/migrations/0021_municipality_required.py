import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("home", "0020_default_municipality")]

    operations = [
        migrations.AlterField(
            model_name=model_name,
            name="municipality",
            field=models.ForeignKey(
                help_text="The municipality whose pages it works on.",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="home.municipality",
            ),
        )
        for model_name in ("grouprole", "workflowrole")
    ]
