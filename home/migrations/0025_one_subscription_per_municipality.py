from django.db import migrations, models


class Migration(migrations.Migration):
    # Apart from 0024: PostgreSQL alters no table with the updates of 0024 pending.
    dependencies = [("home", "0024_subscriptions_by_municipality")]

    operations = [
        migrations.AddConstraint(
            model_name='subscription',
            constraint=models.UniqueConstraint(fields=('email', 'municipality', 'locale', 'topic', 'filters'), name='one_subscription_per_municipality_and_filtered_view'),
        ),
    ]
