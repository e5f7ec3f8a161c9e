"""Language trees, editorial groups and workflows, written against the
migration state's models (`apps`) so a data migration and post_migrate share it.

Each municipality (home.municipalities) gets, in each content language, a
HomePage under the root (the Swedish one is its site's root; Wagtail serves
the others through /<code>/), a "Translators (<code>)" group that may edit
only that tree, and a "Translation review (<code>)" workflow on it. The
Swedish tree gets the "Review" workflow. Its Publishers work in its trees
only. A municipality may share another's Fact checkers or Translators,
whose groups then also work in its trees.

Each group and workflow is recorded with its role and municipality
(home.editorial.models) and found by them afterwards, so one renamed in the
admin is kept, not made again. The names below are only what they are
called when created; another municipality than the default site's gets its
name in front of them.
"""

import uuid

from django.conf import settings
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

from home.editorial.models import EditorialRole, ReviewWorkflow
from home.municipalities.models import group_owner

SETUP_MIGRATION = ("home", "0002_editorial_setup")
SOURCE_LANGUAGE = "sv"
GROUP_NAMES = {
    EditorialRole.COMMUNICATORS: "Communicators",
    EditorialRole.FACT_CHECKERS: "Fact checkers",
    EditorialRole.PUBLISHERS: "Publishers",
}

TREEBEARD_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

HOME_TITLES = {
    "sv": "Samla",
    "en": "Samla",
    "ar": "سملا",
    "fa": "سملا",
    "prs": "سملا",
    "so": "Samla",
    "ti": "ሳምላ",
    "uk": "Samla",
}


def translators_group_name(language_code):
    return f"Translators ({language_code})"


def translator_languages(user):
    """The language codes of the translators' groups the user is in."""
    return set(
        user.groups.filter(editorial_role__role=EditorialRole.TRANSLATORS).values_list(
            "editorial_role__locale__language_code", flat=True
        )
    )


def works_in_language(user, language_code):
    """False for a translator outside their language(s). Everyone else's
    access is left to their permissions: Communicators, Publishers and
    superusers work in every language."""
    if user.is_superuser:
        return True
    if user.groups.filter(
        editorial_role__role__in=[EditorialRole.COMMUNICATORS, EditorialRole.PUBLISHERS]
    ).exists():
        return True
    languages = translator_languages(user)
    return not languages or language_code in languages


def translation_review_name(language_code):
    return f"Translation review ({language_code})"


def _next_child_path(parent, page_model):
    last = page_model.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by(
        "-path"
    )
    last_path = last.values_list("path", flat=True).first()
    number = int(last_path[-4:], 36) + 1 if last_path else 1
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = TREEBEARD_ALPHABET[remainder] + digits
    return parent.path + digits.rjust(4, "0")


def ensure_locales(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


def ensure_home_pages(apps, locales, municipality=None):
    """One HomePage per language, all translations of the Swedish one: the
    municipality's site root, or (before municipalities were recorded) the
    first Swedish home page."""
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("home", "HomePage")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root = Page.objects.get(depth=1)
    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")

    # Wagtail's own placeholder "Welcome" page goes; Samla's home replaces it.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()

    if municipality is not None:
        source = HomePage.objects.get(pk=municipality.site.root_page_id)
    else:
        source = HomePage.objects.filter(depth=2, locale=locales[SOURCE_LANGUAGE]).first()
    translation_key = source.translation_key if source else uuid.uuid4()
    base_slug = source.slug if source else "home"
    homes = {}
    for code, locale in locales.items():
        home = HomePage.objects.filter(
            depth=2, locale=locale, translation_key=translation_key
        ).first()
        if home is None:
            slug = base_slug if code == SOURCE_LANGUAGE else f"{base_slug}-{code}"
            title = source.title if source else HOME_TITLES.get(code, "Samla")
            home = HomePage.objects.create(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=home_type,
                path=_next_child_path(root, Page),
                depth=2,
                numchild=0,
                url_path=f"/{slug}/",
                locale=locale,
                translation_key=translation_key,
                live=True,
                show_in_menus=False,
            )
        homes[code] = home
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    if not Site.objects.exists():
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page_id=homes[SOURCE_LANGUAGE].pk,
            is_default_site=True,
        )
    return homes


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    model = codename.split("_", 1)[1]
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def _grant_pages(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission(apps, "wagtailcore", codename)
        )


def _grant_site_settings(apps, group, source_home):
    """The group changes the site settings (urgent notice, statements) of the
    site whose root is `source_home` only: another municipality's stay its own."""
    change = _permission(apps, "home", "change_sitesettings")
    group.permissions.remove(change)  # installation-wide, as Samla granted it before
    try:
        GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    except LookupError:  # migration states before Wagtail had site permissions
        return
    Site = apps.get_model("wagtailcore", "Site")
    for site in Site.objects.filter(root_page_id=source_home.pk):
        GroupSitePermission.objects.get_or_create(group=group, site=site, permission=change)


def _grant_collections(apps, group, codenames):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is None:
        return
    for app_label, codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=_permission(apps, app_label, codename),
        )


MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def _role_model(apps, model_name):
    """GroupRole, WorkflowRole or Municipality; None in the states of the
    migrations before they existed (0006 records roles, 0019 municipalities)."""
    try:
        return apps.get_model("home", model_name)
    except LookupError:
        return None


def _of_municipality(model, municipality):
    """Filter arguments for a role of `municipality`; none in the migration
    states before roles had a municipality."""
    if municipality is None or not any(f.name == "municipality" for f in model._meta.fields):
        return {}
    return {"municipality": municipality}


def _named(name, municipality):
    if municipality is None or municipality.site.is_default_site:
        return name
    return f"{municipality.name}: {name}"


def _ensure_group(apps, role, name, locale=None, municipality=None):
    """The group playing `role` (for translators, in `locale`) for the
    municipality, found by its role; the first time, the group called `name`
    (or a new one) gets it."""
    Group = apps.get_model("auth", "Group")
    GroupRole = _role_model(apps, "GroupRole")
    name = _named(name, municipality)
    if GroupRole is None:
        return Group.objects.get_or_create(name=name)[0]
    owner = _of_municipality(GroupRole, municipality)
    recorded = (
        GroupRole.objects.filter(role=role, locale=locale, **owner).select_related("group").first()
    )
    if recorded is not None:
        return recorded.group
    group, _ = Group.objects.get_or_create(name=name)
    GroupRole.objects.create(group=group, role=role, locale=locale, **owner)
    return group


def ensure_groups(apps, homes, municipality=None):
    """The editorial groups by role, and the translators' groups by language."""
    access_admin = _permission(apps, "wagtailadmin", "access_admin")
    source_home = homes[SOURCE_LANGUAGE]

    groups = {}
    for role, name in GROUP_NAMES.items():
        owner = municipality and group_owner(municipality, role)
        groups[role] = _ensure_group(apps, role, name, municipality=owner)
        groups[role].permissions.add(access_admin)
    communicators = groups[EditorialRole.COMMUNICATORS]
    publishers = groups[EditorialRole.PUBLISHERS]

    # Communicators write in the Swedish source tree but never publish.
    _grant_pages(apps, communicators, source_home, ["add_page", "change_page", "lock_page"])
    _grant_collections(apps, communicators, MEDIA_PERMISSIONS)
    # Fact checkers correct claims and sources while checking them.
    _grant_pages(
        apps, groups[EditorialRole.FACT_CHECKERS], source_home, ["change_page", "lock_page"]
    )
    # Publishers carry final responsibility in every language of their municipality.
    for home in homes.values():
        _grant_pages(
            apps,
            publishers,
            home,
            ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        )
    _grant_collections(apps, publishers, MEDIA_PERMISSIONS)
    for group in (communicators, publishers):
        group.permissions.add(
            _permission(apps, "wagtail_localize", "submit_translation"),
            # Readers' feedback and the subscription counts (never addresses).
            _permission(apps, "home", "view_pagefeedback"),
            *[
                _permission(apps, "home", f"{action}_{model}")
                # Partner reviewers: who signs off a page's facts (home/signoff/).
                for model in ("organisation", "person", "urgentnotice", "partnerreviewer")
                for action in ("add", "change", "view")
            ],
        )
    _grant_site_settings(apps, publishers, source_home)
    for group in (communicators, publishers):
        # How often each page type is reviewed (home/review_dates/).
        group.permissions.add(
            *[
                _permission(apps, "home", f"{action}_reviewinterval")
                for action in ("add", "change", "delete", "view")
            ]
        )

    translators = {}
    for code, home in homes.items():
        if code == SOURCE_LANGUAGE:
            continue
        group = _ensure_group(
            apps,
            EditorialRole.TRANSLATORS,
            translators_group_name(code),
            home.locale,
            municipality=municipality and group_owner(municipality, EditorialRole.TRANSLATORS),
        )
        # Snippet permissions are global in Wagtail; home/wagtail_hooks.py
        # limits translators to their own language's snippets.
        group.permissions.add(
            access_admin,
            *[
                _permission(apps, "home", f"{action}_{model}")
                # A person's role is translated; name and contact details follow the source.
                for model in ("organisation", "person", "urgentnotice")
                for action in ("change", "view")
            ],
        )
        _grant_pages(apps, group, home, ["add_page", "change_page", "lock_page"])
        translators[code] = group
    return groups, translators


def _ensure_approval_workflow(
    apps, role, name, steps, page, locale=None, new_tasks=None, municipality=None
):
    """The workflow playing `role` (found by it, like groups); the first time,
    the workflow called `name`, or a new one of approval tasks, each step a
    (task name, groups) pair; every step needs a second person
    (home.models.SecondPairOfEyesTask), but the partner sign-off
    (PARTNER_SIGN_OFF_STEP). Tasks made earlier in the same run
    are shared through `new_tasks`."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ApprovalTask = apps.get_model("home", "SecondPairOfEyesTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowRole = _role_model(apps, "WorkflowRole")
    task_type, _ = ContentType.objects.get_or_create(app_label="home", model="secondpairofeyestask")
    new_tasks = {} if new_tasks is None else new_tasks

    name = _named(name, municipality)
    recorded = None
    if WorkflowRole is not None:
        owner = _of_municipality(WorkflowRole, municipality)
        recorded = WorkflowRole.objects.filter(role=role, locale=locale, **owner).first()
    if recorded is not None:
        workflow = recorded.workflow
    else:
        workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        if created:
            for order, (task_name, groups) in enumerate(steps):
                task = new_tasks.get(task_name)
                if task is None and groups is None:
                    task = new_partner_sign_off_task(apps)
                    if task is None:  # in the state of 0002, migration 0009 adds it
                        continue
                    new_tasks[task_name] = task
                if task is None:
                    task = ApprovalTask.objects.create(
                        name=_named(task_name, municipality), active=True, content_type=task_type
                    )
                    task.groups.set(groups)
                    new_tasks[task_name] = task
                WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=order)
        if WorkflowRole is not None:
            WorkflowRole.objects.create(workflow=workflow, role=role, locale=locale, **owner)
    if page is not None and not WorkflowPage.objects.filter(page=page).exists():
        WorkflowPage.objects.create(workflow=workflow, page=page)
    return workflow


# The step with no groups: the page's partner reviewers approve it through
# their links (home.signoff.models.PartnerSignOffTask).
PARTNER_SIGN_OFF_STEP = ("Partner sign-off", None)


def new_partner_sign_off_task(apps, name=PARTNER_SIGN_OFF_STEP[0]):
    """A new partner sign-off task; None in the migration states before the
    task type existed."""
    try:
        PartnerSignOffTask = apps.get_model("home", "PartnerSignOffTask")
    except LookupError:
        return None
    ContentType = apps.get_model("contenttypes", "ContentType")
    task_type, _ = ContentType.objects.get_or_create(app_label="home", model="partnersignofftask")
    return PartnerSignOffTask.objects.create(name=name, active=True, content_type=task_type)


def add_partner_sign_off(apps):
    """Puts a partner sign-off step first in the "Review" and "Fact check"
    workflows (found by role), for databases set up before it existed."""
    WorkflowRole = apps.get_model("home", "WorkflowRole")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    task = None
    for recorded in WorkflowRole.objects.filter(
        role__in=[ReviewWorkflow.REVIEW, ReviewWorkflow.FACT_CHECK], locale__isnull=True
    ):
        task = task or new_partner_sign_off_task(apps)
        steps = WorkflowTask.objects.filter(workflow_id=recorded.workflow_id)
        for step in steps.order_by("-sort_order"):
            step.sort_order += 1
            step.save(update_fields=["sort_order"])
        WorkflowTask.objects.create(workflow_id=recorded.workflow_id, task_id=task.pk, sort_order=0)


def ensure_workflows(apps, homes, groups, translators, municipality=None):
    publishers = groups[EditorialRole.PUBLISHERS]
    # Made together the first time, "Review" and "Fact check" share one
    # "Publisher approval" task and one "Partner sign-off" task: a partner
    # whose work a page describes approves it before the Publisher does.
    new_tasks = {}
    _ensure_approval_workflow(
        apps,
        ReviewWorkflow.REVIEW,
        "Review",
        [PARTNER_SIGN_OFF_STEP, ("Publisher approval", [publishers])],
        homes[SOURCE_LANGUAGE],
        new_tasks=new_tasks,
        municipality=municipality,
    )
    # Attached to the myth and forecast sections by the campaigns app.
    _ensure_approval_workflow(
        apps,
        ReviewWorkflow.FACT_CHECK,
        "Fact check",
        [
            PARTNER_SIGN_OFF_STEP,
            ("Fact check", [groups[EditorialRole.FACT_CHECKERS]]),
            ("Publisher approval", [publishers]),
        ],
        None,
        new_tasks=new_tasks,
        municipality=municipality,
    )
    for code, home in homes.items():
        if code == SOURCE_LANGUAGE:
            continue
        name = translation_review_name(code)
        _ensure_approval_workflow(
            apps,
            ReviewWorkflow.TRANSLATION_REVIEW,
            name,
            [(name, [translators[code], publishers])],
            home,
            locale=home.locale,
            municipality=municipality,
        )


def ensure_municipality_setup(apps, locales, municipality=None):
    homes = ensure_home_pages(apps, locales, municipality)
    groups, translators = ensure_groups(apps, homes, municipality)
    ensure_workflows(apps, homes, groups, translators, municipality)


def ensure_editorial_setup(apps):
    locales = ensure_locales(apps)
    Municipality = _role_model(apps, "Municipality")
    municipalities = []
    if Municipality is not None:
        # A group shared with another municipality is made by whichever of
        # the two comes first, found by its role and owner by the other.
        municipalities = list(Municipality.objects.select_related("site").order_by("pk"))
    for municipality in municipalities or [None]:
        ensure_municipality_setup(apps, locales, municipality)


def ensure_after_migrate(sender, apps=None, using="default", plan=None, **kwargs):
    """Catch up on languages added to settings since the setup migration ran."""
    if apps is None or any(backwards for _migration, backwards in plan or []):
        return
    applied = MigrationRecorder(connections[using]).applied_migrations()
    if (SETUP_MIGRATION[0], SETUP_MIGRATION[1]) in applied:
        ensure_editorial_setup(apps)
