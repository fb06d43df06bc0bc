-- snapshot of: {"frameworks": {"django": "5.2.19", "modelsearch": "1.3.2", "wagtail": "8.0.1", "wagtail_localize": "1.14.5"}, "migrations": {"admin.0001_initial": "f4716989d9815b62", "admin.0002_logentry_remove_auto_add": "2c127e659a2236ed", "admin.0003_logentry_add_action_flag_choices": "02700a827190720e", "agenda.0001_initial": "cdf4322eab43af5f", "agenda.0002_listing_indexes": "24a2a166f22f6171", "agenda.0003_move_to_taxonomy": "5d5ca87b1e9c1126", "alerts.0001_subscriptions": "a7d87dd3fccfd0ab", "api.0001_initial": "13a20afb2ee21f5f", "api.0002_editor_permissions": "92ea9cf24ba90b7e", "auth.0001_initial": "845cff319606332f", "auth.0002_alter_permission_name_max_length": "feaf97e0e8f7d148", "auth.0003_alter_user_email_max_length": "9d5657b4db9872dc", "auth.0004_alter_user_username_opts": "9538db342c9a9bec", "auth.0005_alter_user_last_login_null": "79f60a35dc000fdd", "auth.0006_require_contenttypes_0002": "00cb16e3405f14b6", "auth.0007_alter_validators_add_error_messages": "115db87dc327530f", "auth.0008_alter_user_username_max_length": "02857f65f7d64814", "auth.0009_alter_user_last_name_max_length": "19a89500e7f108a7", "auth.0010_alter_group_name_max_length": "0963ed6498ac0b3a", "auth.0011_update_proxy_permissions": "85a5dde708dc4b61", "auth.0012_alter_user_first_name_max_length": "6cefbc9f80903763", "contenttypes.0001_initial": "35ed8489a147e0b4", "contenttypes.0002_remove_content_type_name": "7d36494075750f0e", "core.0001_initial": "cdb07971670933d7", "figures.0001_initial": "5c8a3ba45d0731b2", "home.0001_initial": "e58eb1e1564d91b2", "home.0002_initial": "813ce6d46d637498", "home.0003_page_depth_path_index": "b5e91f109a1757bb", "home.0004_home_sections_site_settings": "ea56e03b9f635824", "home.0005_move_to_core": "b5802fbb2fac86b1", "jobs.0001_initial": "bf8418f2c00db227", "jobs.0002_listing_indexes": "b36100a0a2d7c46d", "jobs.0003_move_to_taxonomy": "56f3bd6c3a6bca0b", "matchmaking.0001_initial": "192d98b6789d8c46", "matchmaking.0002_editor_permissions": "c8e39075a0f887ee", "matchmaking.0003_move_to_taxonomy": "19b4b957cb61dd08", "matchmaking.0004_brief_skills_confirmed": "283862906e8ca700", "members.0001_initial": "1d3b30b371b28176", "members.0002_member_space": "9a54feaa768fe2d1", "members.0003_move_to_taxonomy": "15ed9719b7e89d4d", "members.0004_machine_translation_mark": "1c8108e65ad27be7", "members.0005_member_email_language": "bbd482b8b449f491", "news.0001_initial": "85faf19d19badef9", "news.0002_listing_indexes": "ffe62f3ae0329354", "portal_search.0001_initial": "bb426fbe1076bf41", "portal_search.0002_text_languages": "21e06a1917406fda", "portal_search.0003_engine_repair": "8f3697551252c138", "portal_search.0004_card_picture": "b0b931d1c4325602", "portrait.0001_initial": "2f5c63dc4960dd13", "sessions.0001_initial": "2aa438e2393ee513", "taggit.0001_initial": "99ca62a055c530c7", "taggit.0002_auto_20150616_2121": "9db9f38747553183", "taggit.0003_taggeditem_add_unique_index": "8d474ef8ec122e51", "taggit.0004_alter_taggeditem_content_type_alter_taggeditem_tag": "f9d1464ef1c663da", "taggit.0005_auto_20220424_2025": "0ff3cb6796cf52fb", "taggit.0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx": "7e6afc35e33e1db0", "taxonomy.0001_initial": "f748a2d50f0f0d2a", "taxonomy.0002_load_taxonomy": "3795dcb0ca1a577e", "taxonomy.0003_skill_roles": "cf8efcf009caecb0", "taxonomy.0004_more_role_nouns": "ee5ae2fea3fa6b7f", "taxonomy.0005_brief_words": "cdcede623a547771", "taxonomy.0006_everyday_words": "b243d221711782a6", "wagtail_localize.0001_initial": "17c92ef7d8ee4eba", "wagtail_localize.0002_translation": "b0456abc26126b55", "wagtail_localize.0003_delete_translation_sources": "9ac002df3b24cccb", "wagtail_localize.0004_one_source_per_objectlocale": "1e14c5183bebaba8", "wagtail_localize.0005_remove_translationsource_object": "d70bafbed5592bce", "wagtail_localize.0006_create_submit_translation_permission": "50a77d745691eb6d", "wagtail_localize.0007_stringtranslation_type_and_tool_name": "78e44c46207807f2", "wagtail_localize.0008_stringtranslation_last_translated_by": "45d6099a4586a7a8", "wagtail_localize.0009_stringtranslation_errors": "af97105e6a4c2629", "wagtail_localize.0010_overridablesegment": "50e535f4e04318b5", "wagtail_localize.0011_segmentoverride": "f9d4ec601a17a1d9", "wagtail_localize.0012_localesynchronization": "f41cc7d33d15fdce", "wagtail_localize.0013_translationsource_schema_version": "49d4817b18e78723", "wagtail_localize.0014_remove_translation_source_last_updated_at": "f06a9059edd1eecc", "wagtail_localize.0015_translationcontext_field_path": "9e6b7e98d8945f38", "wagtail_localize.0016_rename_page_revision_translationlog_revision": "22df2c740554aaa2", "wagtailadmin.0001_create_admin_access_permissions": "fcbe05ca0d60a8ea", "wagtailadmin.0002_admin": "1e2a4c541e9ab35b", "wagtailadmin.0003_admin_managed": "620fc672b343ac4e", "wagtailadmin.0004_editingsession": "7b870aaf0095ce75", "wagtailadmin.0005_editingsession_is_editing": "2366578b652bd350", "wagtailadmin.0006_formstate": "1188fcdbffa104cf", "wagtailcore.0001_initial": "9f53ad87c6f6e02c", "wagtailcore.0001_squashed_0016_change_page_url_path_to_text_field": "938f305a9f38612d", "wagtailcore.0002_initial_data": "d984e0b825ce02d2", "wagtailcore.0003_add_uniqueness_constraint_on_group_page_permission": "f3c13d4234999a7f", "wagtailcore.0004_page_locked": "054dd5f11e963145", "wagtailcore.0005_add_page_lock_permission_to_moderators": "467294823a2d9093", "wagtailcore.0006_add_lock_page_permission": "fdd0c9f51908a077", "wagtailcore.0007_page_latest_revision_created_at": "44a498d1402ed033", "wagtailcore.0008_populate_latest_revision_created_at": "f0951e0de83ba572", "wagtailcore.0009_remove_auto_now_add_from_pagerevision_created_at": "ce9ebb7f16009609", "wagtailcore.0010_change_page_owner_to_null_on_delete": "3b440fa8c7436a0a", "wagtailcore.0011_page_first_published_at": "2a344a1bc91d4b55", "wagtailcore.0012_extend_page_slug_field": "c8ce5732aad1b2b6", "wagtailcore.0013_update_golive_expire_help_text": "058c8ebeb60a5806", "wagtailcore.0014_add_verbose_name": "e6342beda2c2a352", "wagtailcore.0015_add_more_verbose_names": "0c40c0d20c511c91", "wagtailcore.0016_change_page_url_path_to_text_field": "fc00e2e248e357af", "wagtailcore.0017_change_edit_page_permission_description": "ccd71ad6211dc9ea", "wagtailcore.0018_pagerevision_submitted_for_moderation_index": "9c84c8a317432983", "wagtailcore.0019_verbose_names_cleanup": "dd647daad29c8ff0", "wagtailcore.0020_add_index_on_page_first_published_at": "a6bee4fe81de1087", "wagtailcore.0021_capitalizeverbose": "afd18f829eae58d3", "wagtailcore.0022_add_site_name": "24b2b9b04106c8ff", "wagtailcore.0023_alter_page_revision_on_delete_behaviour": "757de219a5895b45", "wagtailcore.0024_alter_page_content_type_on_delete_behaviour": "81599e333a45b26c", "wagtailcore.0024_collection": "fcdfe156ab59adbb", "wagtailcore.0025_collection_initial_data": "299d294b4dcf5997", "wagtailcore.0026_group_collection_permission": "c164f30fd7bbd892", "wagtailcore.0027_fix_collection_path_collation": "f6c14ff3972d5c7d", "wagtailcore.0028_merge": "c3a7c3972fd9a85c", "wagtailcore.0029_unicode_slugfield_dj19": "002cf4f07e5119fb", "wagtailcore.0030_index_on_pagerevision_created_at": "d2a6d2c2cf713373", "wagtailcore.0031_add_page_view_restriction_types": "9a49c448c2d89307", "wagtailcore.0032_add_bulk_delete_page_permission": "549175d715c672b6", "wagtailcore.0033_remove_golive_expiry_help_text": "aa4d91586ada762c", "wagtailcore.0034_page_live_revision": "d650388923d2e80e", "wagtailcore.0035_page_last_published_at": "54d0d7e199f39d02", "wagtailcore.0036_populate_page_last_published_at": "5ca7b8c7b2ee598e", "wagtailcore.0037_set_page_owner_editable": "4d500a6059471851", "wagtailcore.0038_make_first_published_at_editable": "5a987c60fe3a1ee9", "wagtailcore.0039_collectionviewrestriction": "df7d95a80ca958ce", "wagtailcore.0040_page_draft_title": "4c6c9eefd5e9ccd1", "wagtailcore.0041_group_collection_permissions_verbose_name_plural": "71b468024ec4733b", "wagtailcore.0042_index_on_pagerevision_approved_go_live_at": "2cbafdbb2ea429b4", "wagtailcore.0043_lock_fields": "ed3b4350910be05f", "wagtailcore.0044_add_unlock_grouppagepermission": "afe9599444e9fade", "wagtailcore.0045_assign_unlock_grouppagepermission": "cf179eed03b8e6d2", "wagtailcore.0046_site_name_remove_null": "9888cafb23286c1d", "wagtailcore.0047_add_workflow_models": "2048996916614d0d", "wagtailcore.0048_add_default_workflows": "af78db1d42f61524", "wagtailcore.0049_taskstate_finished_by": "f5f2bca3716c52d8", "wagtailcore.0050_workflow_rejected_to_needs_changes": "5c0cdb9025c34923", "wagtailcore.0051_taskstate_comment": "0e10a5d370d68cf0", "wagtailcore.0052_pagelogentry": "2464223600985305", "wagtailcore.0053_locale_model": "bfd6fba56a11a9f0", "wagtailcore.0054_initial_locale": "94122ab10b32b608", "wagtailcore.0055_page_locale_fields": "0bfa4f4932b7ff3e", "wagtailcore.0056_page_locale_fields_populate": "a5cfb4f23860f576", "wagtailcore.0057_page_locale_fields_notnull": "8cb584fc83fac322", "wagtailcore.0058_page_alias_of": "478581f22c8083ef", "wagtailcore.0059_apply_collection_ordering": "36d535fa96a194a5", "wagtailcore.0060_fix_workflow_unique_constraint": "883117a3b45cf863", "wagtailcore.0061_change_promote_tab_helpt_text_and_verbose_names": "f303f2415229c5ad", "wagtailcore.0062_comment_models_and_pagesubscription": "0704ed51a560bac7", "wagtailcore.0063_modellogentry": "7f67fc0f5c40fecf", "wagtailcore.0064_log_timestamp_indexes": "ee7bad344df803c8", "wagtailcore.0065_log_entry_uuid": "a5b71e830e641059", "wagtailcore.0066_collection_management_permissions": "dfc28f96014d8412", "wagtailcore.0067_alter_pagerevision_content_json": "2ab4c77f237f7afd", "wagtailcore.0068_log_entry_empty_object": "c5e51c974fdcb28a", "wagtailcore.0069_log_entry_jsonfield": "70b22160eb859fe4", "wagtailcore.0070_rename_pagerevision_revision": "2f27c5b8f8cf9bc6", "wagtailcore.0071_populate_revision_content_type": "e8fcd9b84549ac4b", "wagtailcore.0072_alter_revision_content_type_notnull": "89429dea4c3c5e04", "wagtailcore.0073_page_latest_revision": "e6c6f3c351387866", "wagtailcore.0074_revision_object_str": "3e57999ac0b3d7a3", "wagtailcore.0075_populate_latest_revision_and_revision_object_str": "c0d75b90900888d7", "wagtailcore.0076_modellogentry_revision": "f94bb2161f570155", "wagtailcore.0077_alter_revision_user": "6b2de9b98a82f11d", "wagtailcore.0078_referenceindex": "501b9d4ff7aa3aad", "wagtailcore.0079_rename_taskstate_page_revision": "033f1da052468765", "wagtailcore.0080_generic_workflowstate": "9c1c523444a78dc6", "wagtailcore.0081_populate_workflowstate_content_type": "3f2c80e824b0527c", "wagtailcore.0082_alter_workflowstate_content_type_notnull": "017c8b764cca1872", "wagtailcore.0083_workflowcontenttype": "e480780558060769", "wagtailcore.0084_add_default_page_permissions": "6533eff609740444", "wagtailcore.0085_add_grouppagepermission_permission": "14255d76b2debbc9", "wagtailcore.0086_populate_grouppagepermission_permission": "bd8b17615a7ecca2", "wagtailcore.0087_alter_grouppagepermission_unique_together_and_more": "9f5bcc927b35ce33", "wagtailcore.0088_fix_log_entry_json_timestamps": "e5afc01f4a8cd17f", "wagtailcore.0089_log_entry_data_json_null_to_object": "06c80b0a050ecdcb", "wagtailcore.0090_remove_grouppagepermission_permission_type": "281e571eb78905c2", "wagtailcore.0091_remove_revision_submitted_for_moderation": "66f520f7ab7205fc", "wagtailcore.0092_alter_collectionviewrestriction_password_and_more": "44955a20f45f77e0", "wagtailcore.0093_uploadedfile": "c02885138ca13372", "wagtailcore.0094_alter_page_locale": "14d6c54cae836d6d", "wagtailcore.0095_groupsitepermission": "578cbf14db2f7eb4", "wagtailcore.0096_referenceindex_referenceindex_source_object_and_more": "94d1cc9527502c49", "wagtailcore.0097_baselogentry_uuid_action_timestamp_indexes": "038c7d89861a592d", "wagtailcore.0098_apitoken": "591ddb5d33ebf911", "wagtaildocs.0001_initial": "a6847d3092006d3a", "wagtaildocs.0002_initial_data": "9cc33694f10ce040", "wagtaildocs.0003_add_verbose_names": "2ee10fdad320f232", "wagtaildocs.0004_capitalizeverbose": "4651d6a0b6ce05dc", "wagtaildocs.0005_alter_uploaded_by_user_on_delete_action": "95ba0c8e03bd5cf6", "wagtaildocs.0005_document_collection": "81f9c182c531bff3", "wagtaildocs.0006_copy_document_permissions_to_collections": "48117f735ebe3b6e", "wagtaildocs.0007_merge": "d479b02a6ffa0af1", "wagtaildocs.0008_document_file_size": "cc62bdd440414b23", "wagtaildocs.0009_document_verbose_name_plural": "4d3a685a9446d3b7", "wagtaildocs.0010_document_file_hash": "80687d1b5b7ba780", "wagtaildocs.0011_add_choose_permissions": "e5a96a131812b02f", "wagtaildocs.0012_uploadeddocument": "8c60f611a5d5d4da", "wagtaildocs.0013_delete_uploadeddocument": "da2f6d9b8afee4f9", "wagtaildocs.0014_alter_document_file_size": "4ea1c485f5c6157d", "wagtailembeds.0001_initial": "4cda337581731d86", "wagtailembeds.0002_add_verbose_names": "3c0f0925d46fb6ca", "wagtailembeds.0003_capitalizeverbose": "c31c4986c199c486", "wagtailembeds.0004_embed_verbose_name_plural": "6698f3fe91fefeb4", "wagtailembeds.0005_specify_thumbnail_url_max_length": "a87ca7d4f74872b6", "wagtailembeds.0006_add_embed_hash": "e8767b3cb307d89d", "wagtailembeds.0007_populate_hash": "40f72d1536da7080", "wagtailembeds.0008_allow_long_urls": "1dbd0da67e098e27", "wagtailembeds.0009_embed_cache_until": "d5bd3a7251f5245d", "wagtailforms.0001_initial": "49838b601217621c", "wagtailforms.0002_add_verbose_names": "4c71aa6dd891f2ec", "wagtailforms.0003_capitalizeverbose": "604de6dcb1716ea1", "wagtailforms.0004_add_verbose_name_plural": "930df4b312d91578", "wagtailforms.0005_alter_formsubmission_form_data": "037911a825daff6b", "wagtailimages.0001_initial": "fe18cd6be8eb40ea", "wagtailimages.0001_squashed_0021": "daed4ad0904d5f2f", "wagtailimages.0002_initial_data": "205c11cfbd2f7030", "wagtailimages.0003_fix_focal_point_fields": "91d854b1dbc7f81e", "wagtailimages.0004_make_focal_point_key_not_nullable": "d8ba85af96195a21", "wagtailimages.0005_make_filter_spec_unique": "20fa306ad9d56060", "wagtailimages.0006_add_verbose_names": "22bd284a06331caf", "wagtailimages.0007_image_file_size": "2dd6a2ecbed86d89", "wagtailimages.0008_image_created_at_index": "fabcd0f908be61a1", "wagtailimages.0009_capitalizeverbose": "5aa100d9244322da", "wagtailimages.0010_change_on_delete_behaviour": "7102fb52fe3e2261", "wagtailimages.0011_image_collection": "1cee56cfcdc0a9eb", "wagtailimages.0012_copy_image_permissions_to_collections": "5569501759e9a7b0", "wagtailimages.0013_make_rendition_upload_callable": "9c882b1d3e320f81", "wagtailimages.0014_add_filter_spec_field": "cfb5cd34b7fa1350", "wagtailimages.0015_fill_filter_spec_field": "4c77803737013108", "wagtailimages.0016_deprecate_rendition_filter_relation": "2e201ffab6d54bee", "wagtailimages.0017_reduce_focal_point_key_max_length": "10eee49449046b33", "wagtailimages.0018_remove_rendition_filter": "05b4722063b74868", "wagtailimages.0019_delete_filter": "5ea2dddeb669e5ce", "wagtailimages.0020_add-verbose-name": "19985bc6729de25f", "wagtailimages.0021_image_file_hash": "9b4297dd851d089f", "wagtailimages.0022_uploadedimage": "9793ee6186278181", "wagtailimages.0023_add_choose_permissions": "37f2b23c43135be6", "wagtailimages.0024_index_image_file_hash": "c204e1dbef4c5549", "wagtailimages.0025_alter_image_file_alter_rendition_file": "bba3a6ba48a00247", "wagtailimages.0026_delete_uploadedimage": "7035d27dab2f3775", "wagtailimages.0027_image_description": "621fef7dd6855f02", "wagtailredirects.0001_initial": "aa1e98ddab8a5d1b", "wagtailredirects.0002_add_verbose_names": "6ad4f6047285e382", "wagtailredirects.0003_make_site_field_editable": "8140fdb4e944cc0e", "wagtailredirects.0004_set_unique_on_path_and_site": "c38947febcf2153d", "wagtailredirects.0005_capitalizeverbose": "7d22e7038deb74ad", "wagtailredirects.0006_redirect_increase_max_length": "8bd866d61544c871", "wagtailredirects.0007_add_autocreate_fields": "f2f08cd09dba22de", "wagtailredirects.0008_add_verbose_name_plural": "2597a885595295dd", "wagtailsearch.0001_initial": "93148b99b95c2b39", "wagtailsearch.0002_add_verbose_names": "3c72290f71b53cbb", "wagtailsearch.0003_remove_editors_pick": "60dede9f42ba836c", "wagtailsearch.0004_querydailyhits_verbose_name_plural": "79bf566c7724381b", "wagtailsearch.0005_create_indexentry": "2ef478982beaadf1", "wagtailsearch.0006_customise_indexentry": "072b86ec4468c82b", "wagtailsearch.0007_delete_editorspick": "49417cfd296b2e60", "wagtailsearch.0008_remove_query_and_querydailyhits_models": "34205d79c48af0ae", "wagtailsearch.0009_remove_ngram_autocomplete": "0cc43abf34455183", "wagtailsearch.0010_add_text_fields": "c56cd3498aaa9368", "wagtailusers.0001_initial": "45a8c1ec67422390", "wagtailusers.0002_add_verbose_name_on_userprofile": "2a4c434837ee5c9c", "wagtailusers.0003_add_verbose_names": "9590c0e99d195868", "wagtailusers.0004_capitalizeverbose": "327e5a4b51ff493d", "wagtailusers.0005_make_related_name_wagtail_specific": "45dfa0294cdd846e", "wagtailusers.0006_userprofile_prefered_language": "636c4e036df13cd0", "wagtailusers.0007_userprofile_current_time_zone": "435fd383a877469f", "wagtailusers.0008_userprofile_avatar": "2ee737254928fc2a", "wagtailusers.0009_userprofile_verbose_name_plural": "ca8286fe2e29e576", "wagtailusers.0010_userprofile_updated_comments_notifications": "97033bd05c0811a3", "wagtailusers.0011_userprofile_dismissibles": "b6381984386e17fb", "wagtailusers.0012_userprofile_theme": "fb079398fa7eddf6", "wagtailusers.0013_userprofile_density": "934baa45fe42a41a", "wagtailusers.0014_userprofile_contrast": "3f44752ffd8d5c2f", "wagtailusers.0015_userprofile_keyboard_shortcuts": "b861c0bc6f5a7a98"}, "settings": {"AUTH_USER_MODEL": "auth.User", "INSTALLED_APPS": ["core", "taxonomy", "home", "space", "alerts", "members", "search", "news", "agenda", "jobs", "portrait", "figures", "api", "matchmaking", "django_ratelimit", "corsheaders", "csp", "rest_framework", "drf_spectacular", "drf_spectacular_sidecar", "wagtail.api.v2", "wagtail_localize", "wagtail_localize.locales", "wagtail.contrib.forms", "wagtail.contrib.redirects", "wagtail.contrib.routable_page", "wagtail.contrib.sitemaps", "wagtail.contrib.settings", "wagtail.embeds", "wagtail.sites", "wagtail.users", "wagtail.snippets", "wagtail.documents", "wagtail.images", "wagtail.search", "wagtail.admin", "wagtail", "modelcluster", "taggit", "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles", "django.contrib.sitemaps", "django.forms", "demo"], "LANGUAGE_CODE": "fr", "TAXONOMY_LOADED_BY_MIGRATION": true, "USE_TZ": true, "WAGTAILDOCS_DOCUMENT_MODEL": null, "WAGTAILIMAGES_IMAGE_MODEL": null, "WAGTAIL_CONTENT_LANGUAGES": [["fr", "Fran\u00e7ais"], ["en", "English"], ["de", "Deutsch"]]}}
CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
CREATE TABLE "auth_group_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_user_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_user_user_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "auth_group_permissions_group_id_permission_id_0cd325b0_uniq" ON "auth_group_permissions" ("group_id", "permission_id");
CREATE INDEX "auth_group_permissions_group_id_b120cbf9" ON "auth_group_permissions" ("group_id");
CREATE INDEX "auth_group_permissions_permission_id_84c5c92e" ON "auth_group_permissions" ("permission_id");
CREATE UNIQUE INDEX "auth_user_groups_user_id_group_id_94350c0c_uniq" ON "auth_user_groups" ("user_id", "group_id");
CREATE INDEX "auth_user_groups_user_id_6a12ed8b" ON "auth_user_groups" ("user_id");
CREATE INDEX "auth_user_groups_group_id_97559544" ON "auth_user_groups" ("group_id");
CREATE UNIQUE INDEX "auth_user_user_permissions_user_id_permission_id_14a6b632_uniq" ON "auth_user_user_permissions" ("user_id", "permission_id");
CREATE INDEX "auth_user_user_permissions_user_id_a95ead1b" ON "auth_user_user_permissions" ("user_id");
CREATE INDEX "auth_user_user_permissions_permission_id_1fbb5f2c" ON "auth_user_user_permissions" ("permission_id");
CREATE TABLE "django_admin_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" text NULL, "object_repr" varchar(200) NOT NULL, "action_flag" smallint unsigned NOT NULL CHECK ("action_flag" >= 0), "change_message" text NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "action_time" datetime NOT NULL);
CREATE INDEX "django_admin_log_content_type_id_c4bce8eb" ON "django_admin_log" ("content_type_id");
CREATE INDEX "django_admin_log_user_id_c564eba6" ON "django_admin_log" ("user_id");
CREATE TABLE "wagtailcore_collection" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "path" varchar(255) NOT NULL UNIQUE, "depth" integer unsigned NOT NULL CHECK ("depth" >= 0), "numchild" integer unsigned NOT NULL CHECK ("numchild" >= 0), "name" varchar(255) NOT NULL);
CREATE TABLE "wagtailcore_groupcollectionpermission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "wagtailcore_groupcollectionpermission_group_id_collection_id_permission_id_a21cefe9_uniq" ON "wagtailcore_groupcollectionpermission" ("group_id", "collection_id", "permission_id");
CREATE INDEX "wagtailcore_groupcollectionpermission_collection_id_5423575a" ON "wagtailcore_groupcollectionpermission" ("collection_id");
CREATE INDEX "wagtailcore_groupcollectionpermission_group_id_05d61460" ON "wagtailcore_groupcollectionpermission" ("group_id");
CREATE INDEX "wagtailcore_groupcollectionpermission_permission_id_1b626275" ON "wagtailcore_groupcollectionpermission" ("permission_id");
CREATE TABLE "wagtailimages_rendition" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "width" integer NOT NULL, "height" integer NOT NULL, "focal_point_key" varchar(16) NOT NULL, "filter_spec" varchar(255) NOT NULL, "image_id" integer NOT NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "file" varchar(100) NOT NULL);
CREATE UNIQUE INDEX "wagtailimages_rendition_image_id_filter_spec_focal_point_key_323c8fe0_uniq" ON "wagtailimages_rendition" ("image_id", "filter_spec", "focal_point_key");
CREATE INDEX "wagtailimages_rendition_filter_spec_1cba3201" ON "wagtailimages_rendition" ("filter_spec");
CREATE INDEX "wagtailimages_rendition_image_id_3e1fd774" ON "wagtailimages_rendition" ("image_id");
CREATE TABLE "wagtailimages_image" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(255) NOT NULL, "file" varchar(100) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "created_at" datetime NOT NULL, "focal_point_x" integer unsigned NULL CHECK ("focal_point_x" >= 0), "focal_point_y" integer unsigned NULL CHECK ("focal_point_y" >= 0), "focal_point_width" integer unsigned NULL CHECK ("focal_point_width" >= 0), "focal_point_height" integer unsigned NULL CHECK ("focal_point_height" >= 0), "uploaded_by_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "file_size" integer unsigned NULL CHECK ("file_size" >= 0), "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED, "file_hash" varchar(40) NOT NULL, "description" varchar(255) NOT NULL);
CREATE INDEX "wagtailimages_image_created_at_86fa6cd4" ON "wagtailimages_image" ("created_at");
CREATE INDEX "wagtailimages_image_uploaded_by_user_id_5d73dc75" ON "wagtailimages_image" ("uploaded_by_user_id");
CREATE INDEX "wagtailimages_image_collection_id_c2f8af7e" ON "wagtailimages_image" ("collection_id");
CREATE INDEX "wagtailimages_image_file_hash_fb5bbb23" ON "wagtailimages_image" ("file_hash");
CREATE TABLE "wagtaildocs_document" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(255) NOT NULL, "file" varchar(100) NOT NULL, "created_at" datetime NOT NULL, "uploaded_by_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED, "file_hash" varchar(40) NOT NULL, "file_size" bigint unsigned NULL CHECK ("file_size" >= 0));
CREATE INDEX "wagtaildocs_document_uploaded_by_user_id_17258b41" ON "wagtaildocs_document" ("uploaded_by_user_id");
CREATE INDEX "wagtaildocs_document_collection_id_23881625" ON "wagtaildocs_document" ("collection_id");
CREATE TABLE "wagtailcore_pageviewrestriction_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "pageviewrestriction_id" integer NOT NULL REFERENCES "wagtailcore_pageviewrestriction" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_pageviewrestriction" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(255) NOT NULL, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "restriction_type" varchar(20) NOT NULL);
CREATE UNIQUE INDEX "wagtailcore_pageviewrestriction_groups_pageviewrestriction_id_group_id_d23f80bb_uniq" ON "wagtailcore_pageviewrestriction_groups" ("pageviewrestriction_id", "group_id");
CREATE INDEX "wagtailcore_pageviewrestriction_groups_pageviewrestriction_id_f147a99a" ON "wagtailcore_pageviewrestriction_groups" ("pageviewrestriction_id");
CREATE INDEX "wagtailcore_pageviewrestriction_groups_group_id_6460f223" ON "wagtailcore_pageviewrestriction_groups" ("group_id");
CREATE INDEX "wagtailcore_pageviewrestriction_page_id_15a8bea6" ON "wagtailcore_pageviewrestriction" ("page_id");
CREATE TABLE "wagtailcore_collectionviewrestriction" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "restriction_type" varchar(20) NOT NULL, "password" varchar(255) NOT NULL, "collection_id" integer NOT NULL REFERENCES "wagtailcore_collection" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_collectionviewrestriction_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "collectionviewrestriction_id" integer NOT NULL REFERENCES "wagtailcore_collectionviewrestriction" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_collectionviewrestriction_collection_id_761908ec" ON "wagtailcore_collectionviewrestriction" ("collection_id");
CREATE UNIQUE INDEX "wagtailcore_collectionviewrestriction_groups_collectionviewrestriction_id_group_id_988995ae_uniq" ON "wagtailcore_collectionviewrestriction_groups" ("collectionviewrestriction_id", "group_id");
CREATE INDEX "wagtailcore_collectionviewrestriction_groups_collectionviewrestriction_id_47320efd" ON "wagtailcore_collectionviewrestriction_groups" ("collectionviewrestriction_id");
CREATE INDEX "wagtailcore_collectionviewrestriction_groups_group_id_1823f2a3" ON "wagtailcore_collectionviewrestriction_groups" ("group_id");
CREATE TABLE "wagtailcore_site" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "hostname" varchar(255) NOT NULL, "port" integer NOT NULL, "is_default_site" bool NOT NULL, "root_page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "site_name" varchar(255) NOT NULL);
CREATE UNIQUE INDEX "wagtailcore_site_hostname_port_2c626d70_uniq" ON "wagtailcore_site" ("hostname", "port");
CREATE INDEX "wagtailcore_site_hostname_96b20b46" ON "wagtailcore_site" ("hostname");
CREATE INDEX "wagtailcore_site_root_page_id_e02fb95c" ON "wagtailcore_site" ("root_page_id");
CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL);
CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model");
CREATE TABLE "auth_permission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "codename" varchar(100) NOT NULL, "name" varchar(255) NOT NULL);
CREATE UNIQUE INDEX "auth_permission_content_type_id_codename_01ab375a_uniq" ON "auth_permission" ("content_type_id", "codename");
CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id");
CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "wagtailcore_task" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(255) NOT NULL, "active" bool NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_workflow" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(255) NOT NULL, "active" bool NOT NULL);
CREATE TABLE "wagtailcore_groupapprovaltask" ("task_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_task" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_workflowpage" ("page_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_task_content_type_id_249ab8ba" ON "wagtailcore_task" ("content_type_id");
CREATE INDEX "wagtailcore_workflowpage_workflow_id_56f56ff6" ON "wagtailcore_workflowpage" ("workflow_id");
CREATE TABLE "wagtailcore_workflowtask" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sort_order" integer NULL, "task_id" integer NOT NULL REFERENCES "wagtailcore_task" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_groupapprovaltask_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "groupapprovaltask_id" integer NOT NULL REFERENCES "wagtailcore_groupapprovaltask" ("task_ptr_id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "wagtailcore_workflowtask_workflow_id_task_id_4ec7a62b_uniq" ON "wagtailcore_workflowtask" ("workflow_id", "task_id");
CREATE INDEX "wagtailcore_workflowtask_task_id_ce7716fe" ON "wagtailcore_workflowtask" ("task_id");
CREATE INDEX "wagtailcore_workflowtask_workflow_id_b9717175" ON "wagtailcore_workflowtask" ("workflow_id");
CREATE UNIQUE INDEX "wagtailcore_groupapprovaltask_groups_groupapprovaltask_id_group_id_bb5ee7eb_uniq" ON "wagtailcore_groupapprovaltask_groups" ("groupapprovaltask_id", "group_id");
CREATE INDEX "wagtailcore_groupapprovaltask_groups_groupapprovaltask_id_9a9255ea" ON "wagtailcore_groupapprovaltask_groups" ("groupapprovaltask_id");
CREATE INDEX "wagtailcore_groupapprovaltask_groups_group_id_2e64b61f" ON "wagtailcore_groupapprovaltask_groups" ("group_id");
CREATE TABLE "wagtailcore_locale" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "language_code" varchar(100) NOT NULL UNIQUE);
CREATE TABLE "wagtailcore_page" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "path" varchar(255) NOT NULL UNIQUE, "depth" integer unsigned NOT NULL CHECK ("depth" >= 0), "numchild" integer unsigned NOT NULL CHECK ("numchild" >= 0), "title" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "live" bool NOT NULL, "has_unpublished_changes" bool NOT NULL, "url_path" text NOT NULL, "seo_title" varchar(255) NOT NULL, "show_in_menus" bool NOT NULL, "search_description" text NOT NULL, "go_live_at" datetime NULL, "expire_at" datetime NULL, "expired" bool NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "owner_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "locked" bool NOT NULL, "latest_revision_created_at" datetime NULL, "first_published_at" datetime NULL, "live_revision_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED, "last_published_at" datetime NULL, "draft_title" varchar(255) NOT NULL, "locked_at" datetime NULL, "locked_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "translation_key" char(32) NOT NULL, "alias_of_id" integer NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "latest_revision_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "wagtailcore_page_translation_key_locale_id_9b041bad_uniq" ON "wagtailcore_page" ("translation_key", "locale_id");
CREATE INDEX "wagtailcore_page_slug_e7c11b8f" ON "wagtailcore_page" ("slug");
CREATE INDEX "wagtailcore_page_content_type_id_c28424df" ON "wagtailcore_page" ("content_type_id");
CREATE INDEX "wagtailcore_page_owner_id_fbf7c332" ON "wagtailcore_page" ("owner_id");
CREATE INDEX "wagtailcore_page_first_published_at_2b5dd637" ON "wagtailcore_page" ("first_published_at");
CREATE INDEX "wagtailcore_page_live_revision_id_930bd822" ON "wagtailcore_page" ("live_revision_id");
CREATE INDEX "wagtailcore_page_locked_by_id_bcb86245" ON "wagtailcore_page" ("locked_by_id");
CREATE INDEX "wagtailcore_page_locale_id_3c7e30a6" ON "wagtailcore_page" ("locale_id");
CREATE INDEX "wagtailcore_page_alias_of_id_12945502" ON "wagtailcore_page" ("alias_of_id");
CREATE TABLE "wagtailcore_commentreply" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "text" text NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "comment_id" integer NOT NULL REFERENCES "wagtailcore_comment" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtailcore_pagesubscription" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "comment_notifications" bool NOT NULL, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_commentreply_comment_id_afc7e027" ON "wagtailcore_commentreply" ("comment_id");
CREATE INDEX "wagtailcore_commentreply_user_id_d0b3b9c3" ON "wagtailcore_commentreply" ("user_id");
CREATE UNIQUE INDEX "wagtailcore_pagesubscription_page_id_user_id_0cef73ed_uniq" ON "wagtailcore_pagesubscription" ("page_id", "user_id");
CREATE INDEX "wagtailcore_pagesubscription_page_id_a085e7a6" ON "wagtailcore_pagesubscription" ("page_id");
CREATE INDEX "wagtailcore_pagesubscription_user_id_89d7def9" ON "wagtailcore_pagesubscription" ("user_id");
CREATE TABLE "wagtail_localize_string" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "data_hash" char(32) NOT NULL, "data" text NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_template" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "uuid" char(32) NOT NULL UNIQUE, "template" text NOT NULL, "template_format" varchar(100) NOT NULL, "string_count" integer unsigned NOT NULL CHECK ("string_count" >= 0));
CREATE TABLE "wagtail_localize_translatableobject" ("translation_key" char(32) NOT NULL PRIMARY KEY, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_templatesegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "template_id" integer NOT NULL REFERENCES "wagtail_localize_template" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_stringsegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "attrs" text NOT NULL, "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "string_id" integer NOT NULL REFERENCES "wagtail_localize_string" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "wagtail_localize_relatedobjectsegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "object_id" char(32) NOT NULL REFERENCES "wagtail_localize_translatableobject" ("translation_key") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "wagtail_localize_string_locale_id_data_hash_bae71852_uniq" ON "wagtail_localize_string" ("locale_id", "data_hash");
CREATE INDEX "wagtail_localize_string_locale_id_2cded126" ON "wagtail_localize_string" ("locale_id");
CREATE UNIQUE INDEX "wagtail_localize_translatableobject_content_type_id_translation_key_de875339_uniq" ON "wagtail_localize_translatableobject" ("content_type_id", "translation_key");
CREATE INDEX "wagtail_localize_translatableobject_content_type_id_0d6c5139" ON "wagtail_localize_translatableobject" ("content_type_id");
CREATE INDEX "wagtail_localize_templatesegment_context_id_81456b25" ON "wagtail_localize_templatesegment" ("context_id");
CREATE INDEX "wagtail_localize_templatesegment_source_id_26b89dc6" ON "wagtail_localize_templatesegment" ("source_id");
CREATE INDEX "wagtail_localize_templatesegment_template_id_c370b3c8" ON "wagtail_localize_templatesegment" ("template_id");
CREATE INDEX "wagtail_localize_stringsegment_context_id_63235539" ON "wagtail_localize_stringsegment" ("context_id");
CREATE INDEX "wagtail_localize_stringsegment_source_id_5804129f" ON "wagtail_localize_stringsegment" ("source_id");
CREATE INDEX "wagtail_localize_stringsegment_string_id_6356d5ec" ON "wagtail_localize_stringsegment" ("string_id");
CREATE INDEX "wagtail_localize_relatedobjectsegment_context_id_c0a725be" ON "wagtail_localize_relatedobjectsegment" ("context_id");
CREATE INDEX "wagtail_localize_relatedobjectsegment_object_id_6c7b58df" ON "wagtail_localize_relatedobjectsegment" ("object_id");
CREATE INDEX "wagtail_localize_relatedobjectsegment_source_id_9a3b1373" ON "wagtail_localize_relatedobjectsegment" ("source_id");
CREATE TABLE "wagtailcore_comment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "text" text NOT NULL, "contentpath" text NOT NULL, "position" text NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "resolved_at" datetime NULL, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "resolved_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "revision_created_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_comment_page_id_108444b5" ON "wagtailcore_comment" ("page_id");
CREATE INDEX "wagtailcore_comment_resolved_by_id_a282aa0e" ON "wagtailcore_comment" ("resolved_by_id");
CREATE INDEX "wagtailcore_comment_revision_created_id_1d058279" ON "wagtailcore_comment" ("revision_created_id");
CREATE INDEX "wagtailcore_comment_user_id_0c577ca6" ON "wagtailcore_comment" ("user_id");
CREATE INDEX "wagtailcore_page_latest_revision_id_e60fef51" ON "wagtailcore_page" ("latest_revision_id");
CREATE TABLE "wagtailcore_referenceindex" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" varchar(255) NOT NULL, "to_object_id" varchar(255) NOT NULL, "model_path" text NOT NULL, "content_path" text NOT NULL, "content_path_hash" char(32) NOT NULL, "base_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "to_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "wagtailcore_referenceindex_base_content_type_id_object_id_to_content_type_id_to_object_id_content_path_hash_9e6ccd6a_uniq" ON "wagtailcore_referenceindex" ("base_content_type_id", "object_id", "to_content_type_id", "to_object_id", "content_path_hash");
CREATE INDEX "wagtailcore_referenceindex_base_content_type_id_313cf40f" ON "wagtailcore_referenceindex" ("base_content_type_id");
CREATE INDEX "wagtailcore_referenceindex_content_type_id_766e0336" ON "wagtailcore_referenceindex" ("content_type_id");
CREATE INDEX "wagtailcore_referenceindex_to_content_type_id_93690bbd" ON "wagtailcore_referenceindex" ("to_content_type_id");
CREATE TABLE "wagtailcore_taskstate" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(50) NOT NULL, "started_at" datetime NOT NULL, "finished_at" datetime NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "task_id" integer NOT NULL REFERENCES "wagtailcore_task" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_state_id" integer NOT NULL REFERENCES "wagtailcore_workflowstate" ("id") DEFERRABLE INITIALLY DEFERRED, "finished_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "comment" text NOT NULL, "revision_id" integer NOT NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_taskstate_content_type_id_0a758fdc" ON "wagtailcore_taskstate" ("content_type_id");
CREATE INDEX "wagtailcore_taskstate_task_id_c3677c34" ON "wagtailcore_taskstate" ("task_id");
CREATE INDEX "wagtailcore_taskstate_workflow_state_id_9239a775" ON "wagtailcore_taskstate" ("workflow_state_id");
CREATE INDEX "wagtailcore_taskstate_finished_by_id_13f98229" ON "wagtailcore_taskstate" ("finished_by_id");
CREATE INDEX "wagtailcore_taskstate_revision_id_df25a499" ON "wagtailcore_taskstate" ("revision_id");
CREATE TABLE "wagtailcore_workflowstate" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(50) NOT NULL, "created_at" datetime NOT NULL, "current_task_state_id" integer NULL UNIQUE REFERENCES "wagtailcore_taskstate" ("id") DEFERRABLE INITIALLY DEFERRED, "requested_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED, "object_id" varchar(255) NOT NULL, "base_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "unique_in_progress_workflow" ON "wagtailcore_workflowstate" ("base_content_type_id", "object_id") WHERE "status" IN ('in_progress', 'needs_changes');
CREATE INDEX "wagtailcore_workflowstate_requested_by_id_4090bca3" ON "wagtailcore_workflowstate" ("requested_by_id");
CREATE INDEX "wagtailcore_workflowstate_workflow_id_1f18378f" ON "wagtailcore_workflowstate" ("workflow_id");
CREATE INDEX "wagtailcore_workflowstate_base_content_type_id_a30dc576" ON "wagtailcore_workflowstate" ("base_content_type_id");
CREATE INDEX "wagtailcore_workflowstate_content_type_id_2bb78ce1" ON "wagtailcore_workflowstate" ("content_type_id");
CREATE INDEX "workflowstate_ct_id_idx" ON "wagtailcore_workflowstate" ("content_type_id", "object_id");
CREATE INDEX "workflowstate_base_ct_id_idx" ON "wagtailcore_workflowstate" ("base_content_type_id", "object_id");
CREATE TABLE "wagtailcore_workflowcontenttype" ("content_type_id" integer NOT NULL PRIMARY KEY REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "workflow_id" integer NOT NULL REFERENCES "wagtailcore_workflow" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_workflowcontenttype_workflow_id_9aad7cd2" ON "wagtailcore_workflowcontenttype" ("workflow_id");
CREATE TABLE "wagtailcore_modellogentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label" text NOT NULL, "action" varchar(255) NOT NULL, "timestamp" datetime NOT NULL, "content_changed" bool NOT NULL, "deleted" bool NOT NULL, "object_id" varchar(255) NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NULL, "uuid" char(32) NULL, "revision_id" integer NULL, "data" text NOT NULL CHECK ((JSON_VALID("data") OR "data" IS NULL)));
CREATE INDEX "wagtailcore_modellogentry_action_d2d856ee" ON "wagtailcore_modellogentry" ("action");
CREATE INDEX "wagtailcore_modellogentry_timestamp_9694521b" ON "wagtailcore_modellogentry" ("timestamp");
CREATE INDEX "wagtailcore_modellogentry_content_changed_8bc39742" ON "wagtailcore_modellogentry" ("content_changed");
CREATE INDEX "wagtailcore_modellogentry_object_id_e0e7d4ef" ON "wagtailcore_modellogentry" ("object_id");
CREATE INDEX "wagtailcore_modellogentry_content_type_id_68849e77" ON "wagtailcore_modellogentry" ("content_type_id");
CREATE INDEX "wagtailcore_modellogentry_user_id_0278d1bf" ON "wagtailcore_modellogentry" ("user_id");
CREATE INDEX "wagtailcore_modellogentry_revision_id_df6ca33a" ON "wagtailcore_modellogentry" ("revision_id");
CREATE TABLE "wagtailcore_pagelogentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label" text NOT NULL, "action" varchar(255) NOT NULL, "timestamp" datetime NOT NULL, "content_changed" bool NOT NULL, "deleted" bool NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL, "revision_id" integer NULL, "user_id" integer NULL, "uuid" char(32) NULL, "data" text NOT NULL CHECK ((JSON_VALID("data") OR "data" IS NULL)));
CREATE INDEX "wagtailcore_pagelogentry_action_c2408198" ON "wagtailcore_pagelogentry" ("action");
CREATE INDEX "wagtailcore_pagelogentry_timestamp_deb774c4" ON "wagtailcore_pagelogentry" ("timestamp");
CREATE INDEX "wagtailcore_pagelogentry_content_changed_99f27ade" ON "wagtailcore_pagelogentry" ("content_changed");
CREATE INDEX "wagtailcore_pagelogentry_content_type_id_74e7708a" ON "wagtailcore_pagelogentry" ("content_type_id");
CREATE INDEX "wagtailcore_pagelogentry_page_id_8464e327" ON "wagtailcore_pagelogentry" ("page_id");
CREATE INDEX "wagtailcore_pagelogentry_revision_id_8043d103" ON "wagtailcore_pagelogentry" ("revision_id");
CREATE INDEX "wagtailcore_pagelogentry_user_id_604ccfd8" ON "wagtailcore_pagelogentry" ("user_id");
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL);
CREATE TABLE "wagtailcore_grouppagepermission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "unique_permission" UNIQUE ("group_id", "page_id", "permission_id"));
CREATE INDEX "wagtailcore_grouppagepermission_group_id_fc07e671" ON "wagtailcore_grouppagepermission" ("group_id");
CREATE INDEX "wagtailcore_grouppagepermission_page_id_710b114a" ON "wagtailcore_grouppagepermission" ("page_id");
CREATE INDEX "wagtailcore_grouppagepermission_permission_id_05acb22e" ON "wagtailcore_grouppagepermission" ("permission_id");
CREATE TABLE "wagtailcore_revision" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "approved_go_live_at" datetime NULL, "user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "content" text NOT NULL CHECK ((JSON_VALID("content") OR "content" IS NULL)), "object_id" varchar(255) NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "base_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "object_str" text NOT NULL);
CREATE INDEX "wagtailcore_revision_created_at_81450aa6" ON "wagtailcore_revision" ("created_at");
CREATE INDEX "wagtailcore_revision_approved_go_live_at_88d3dee5" ON "wagtailcore_revision" ("approved_go_live_at");
CREATE INDEX "wagtailcore_revision_user_id_03df83b0" ON "wagtailcore_revision" ("user_id");
CREATE INDEX "wagtailcore_revision_content_type_id_c8cb69c0" ON "wagtailcore_revision" ("content_type_id");
CREATE INDEX "wagtailcore_revision_base_content_type_id_5b4ef7bd" ON "wagtailcore_revision" ("base_content_type_id");
CREATE INDEX "content_object_idx" ON "wagtailcore_revision" ("content_type_id", "object_id");
CREATE INDEX "base_content_object_idx" ON "wagtailcore_revision" ("base_content_type_id", "object_id");
CREATE TABLE "wagtailcore_uploadedfile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "file" varchar(200) NOT NULL, "for_content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "uploaded_by_user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_uploadedfile_for_content_type_id_b0fc87b2" ON "wagtailcore_uploadedfile" ("for_content_type_id");
CREATE INDEX "wagtailcore_uploadedfile_uploaded_by_user_id_c7580fe8" ON "wagtailcore_uploadedfile" ("uploaded_by_user_id");
CREATE TABLE "wagtailcore_groupsitepermission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED, "site_id" integer NOT NULL REFERENCES "wagtailcore_site" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "wagtailcore_groupsitepermission_group_id_site_id_permission_id_a58ee30d_uniq" ON "wagtailcore_groupsitepermission" ("group_id", "site_id", "permission_id");
CREATE INDEX "wagtailcore_groupsitepermission_group_id_e5cdbee4" ON "wagtailcore_groupsitepermission" ("group_id");
CREATE INDEX "wagtailcore_groupsitepermission_permission_id_459b1f38" ON "wagtailcore_groupsitepermission" ("permission_id");
CREATE INDEX "wagtailcore_groupsitepermission_site_id_245de488" ON "wagtailcore_groupsitepermission" ("site_id");
CREATE INDEX "referenceindex_source_object" ON "wagtailcore_referenceindex" ("base_content_type_id", "object_id");
CREATE INDEX "referenceindex_target_object" ON "wagtailcore_referenceindex" ("to_content_type_id", "to_object_id");
CREATE INDEX "wagtailcore_uuid_d6363b_idx" ON "wagtailcore_modellogentry" ("uuid", "action", "timestamp" DESC);
CREATE INDEX "wagtailcore_uuid_06a44d_idx" ON "wagtailcore_pagelogentry" ("uuid", "action", "timestamp" DESC);
CREATE TABLE "wagtailcore_apitoken" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(255) NOT NULL, "key_hash" varchar(64) NOT NULL UNIQUE, "prefix" varchar(16) NOT NULL, "created" datetime NOT NULL, "revoked_at" datetime NULL, "last_used_at" datetime NULL, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailcore_apitoken_user_id_49b1141b" ON "wagtailcore_apitoken" ("user_id");
CREATE TABLE "taggit_taggeditem" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" integer NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" integer NOT NULL REFERENCES "taggit_tag" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uniq" UNIQUE ("content_type_id", "object_id", "tag_id"));
CREATE INDEX "taggit_taggeditem_object_id_e2d7d1df" ON "taggit_taggeditem" ("object_id");
CREATE INDEX "taggit_taggeditem_content_type_id_9957a03c" ON "taggit_taggeditem" ("content_type_id");
CREATE INDEX "taggit_taggeditem_tag_id_f4f5b767" ON "taggit_taggeditem" ("tag_id");
CREATE INDEX "taggit_tagg_content_8fc721_idx" ON "taggit_taggeditem" ("content_type_id", "object_id");
CREATE TABLE "taggit_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL UNIQUE, "slug" varchar(100) NOT NULL UNIQUE);
CREATE TABLE "members_branch" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label_fr" varchar(120) NOT NULL, "label_en" varchar(120) NOT NULL, "label_de" varchar(120) NOT NULL, "code" varchar(60) NOT NULL UNIQUE, "sort_order" smallint unsigned NOT NULL CHECK ("sort_order" >= 0));
CREATE TABLE "members_spokenlanguage" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "code" varchar(8) NOT NULL UNIQUE);
CREATE TABLE "members_branchpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "branch_id" bigint NOT NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_directorypage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_memberpage_branches" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "memberpage_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "branch_id" bigint NOT NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_memberpage_owners" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "memberpage_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_membertag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_object_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "tag_id" integer NOT NULL REFERENCES "taggit_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_memberpage_skills" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "memberpage_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "skill_id" bigint NOT NULL REFERENCES "members_skill" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_sociallink" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sort_order" integer NULL, "platform" varchar(20) NOT NULL, "url" varchar(200) NOT NULL, "page_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_memberpage_languages" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "memberpage_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "spokenlanguage_id" bigint NOT NULL REFERENCES "members_spokenlanguage" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_portfolioitem" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "translation_key" char(32) NOT NULL, "sort_order" integer NULL, "media_type" varchar(10) NOT NULL, "title" varchar(200) NOT NULL, "year" smallint unsigned NULL CHECK ("year" >= 0), "client" varchar(200) NOT NULL, "credits" varchar(400) NOT NULL, "caption" text NOT NULL, "alt_text" varchar(300) NOT NULL, "video_url" varchar(200) NOT NULL, "document_id" integer NULL REFERENCES "wagtaildocs_document" ("id") DEFERRABLE INITIALLY DEFERRED, "image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "members_branchpage_branch_id_a37a0cb2" ON "members_branchpage" ("branch_id");
CREATE INDEX "members_branchpage_social_image_id_c74a3450" ON "members_branchpage" ("social_image_id");
CREATE INDEX "members_directorypage_social_image_id_ce6981f0" ON "members_directorypage" ("social_image_id");
CREATE UNIQUE INDEX "members_memberpage_branches_memberpage_id_branch_id_a9d48a2c_uniq" ON "members_memberpage_branches" ("memberpage_id", "branch_id");
CREATE INDEX "members_memberpage_branches_memberpage_id_cf59da44" ON "members_memberpage_branches" ("memberpage_id");
CREATE INDEX "members_memberpage_branches_branch_id_5f477983" ON "members_memberpage_branches" ("branch_id");
CREATE UNIQUE INDEX "members_memberpage_owners_memberpage_id_user_id_a4b04c96_uniq" ON "members_memberpage_owners" ("memberpage_id", "user_id");
CREATE INDEX "members_memberpage_owners_memberpage_id_b955ebc0" ON "members_memberpage_owners" ("memberpage_id");
CREATE INDEX "members_memberpage_owners_user_id_4c98c5f6" ON "members_memberpage_owners" ("user_id");
CREATE INDEX "members_membertag_content_object_id_d09d58c3" ON "members_membertag" ("content_object_id");
CREATE INDEX "members_membertag_tag_id_e3a689d0" ON "members_membertag" ("tag_id");
CREATE UNIQUE INDEX "members_memberpage_skills_memberpage_id_skill_id_58625cb2_uniq" ON "members_memberpage_skills" ("memberpage_id", "skill_id");
CREATE INDEX "members_memberpage_skills_memberpage_id_99432d27" ON "members_memberpage_skills" ("memberpage_id");
CREATE INDEX "members_memberpage_skills_skill_id_21ae743c" ON "members_memberpage_skills" ("skill_id");
CREATE INDEX "members_sociallink_page_id_f35c3ce3" ON "members_sociallink" ("page_id");
CREATE UNIQUE INDEX "members_memberpage_languages_memberpage_id_spokenlanguage_id_d2615af5_uniq" ON "members_memberpage_languages" ("memberpage_id", "spokenlanguage_id");
CREATE INDEX "members_memberpage_languages_memberpage_id_e64d87c9" ON "members_memberpage_languages" ("memberpage_id");
CREATE INDEX "members_memberpage_languages_spokenlanguage_id_fdc701a4" ON "members_memberpage_languages" ("spokenlanguage_id");
CREATE UNIQUE INDEX "members_portfolioitem_translation_key_locale_id_b2dfd7a5_uniq" ON "members_portfolioitem" ("translation_key", "locale_id");
CREATE INDEX "members_portfolioitem_document_id_bf210597" ON "members_portfolioitem" ("document_id");
CREATE INDEX "members_portfolioitem_image_id_be1ad124" ON "members_portfolioitem" ("image_id");
CREATE INDEX "members_portfolioitem_locale_id_9e1fc871" ON "members_portfolioitem" ("locale_id");
CREATE INDEX "members_portfolioitem_page_id_da9de5d4" ON "members_portfolioitem" ("page_id");
CREATE TABLE "members_accountdeletion" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "deleted_at" datetime NOT NULL, "user_id_hint" integer unsigned NOT NULL CHECK ("user_id_hint" >= 0), "pages" text NOT NULL, "unpublished" bool NOT NULL, "messages_deleted" integer unsigned NOT NULL CHECK ("messages_deleted" >= 0));
CREATE TABLE "members_contactmessage" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sender_name" varchar(200) NOT NULL, "sender_email" varchar(254) NOT NULL, "subject" varchar(200) NOT NULL, "body" text NOT NULL, "language" varchar(5) NOT NULL, "created_at" datetime NOT NULL, "read_at" datetime NULL, "page_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_membershipapplication" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "business_name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "canton" varchar(30) NOT NULL, "country" varchar(2) NOT NULL, "contact_name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "website" varchar(200) NOT NULL, "description" text NOT NULL, "language" varchar(5) NOT NULL, "consent_at" datetime NOT NULL, "created_at" datetime NOT NULL, "status" varchar(10) NOT NULL, "decision_reason" text NOT NULL, "decided_at" datetime NULL, "decided_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "member_page_id" integer NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "primary_branch_id" bigint NOT NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_membershipapplication_other_branches" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "membershipapplication_id" bigint NOT NULL REFERENCES "members_membershipapplication" ("id") DEFERRABLE INITIALLY DEFERRED, "branch_id" bigint NOT NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "members_monthlystat" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "translation_key" char(32) NOT NULL, "month" date NOT NULL, "views" integer unsigned NOT NULL CHECK ("views" >= 0), "contacts" integer unsigned NOT NULL CHECK ("contacts" >= 0), CONSTRAINT "monthly_stat_unique" UNIQUE ("translation_key", "month"));
CREATE INDEX "members_contactmessage_created_at_b078bab9" ON "members_contactmessage" ("created_at");
CREATE INDEX "members_contactmessage_page_id_6b139e6c" ON "members_contactmessage" ("page_id");
CREATE INDEX "members_membershipapplication_created_at_c7551940" ON "members_membershipapplication" ("created_at");
CREATE INDEX "members_membershipapplication_status_6d533418" ON "members_membershipapplication" ("status");
CREATE INDEX "members_membershipapplication_decided_by_id_42dbcbaa" ON "members_membershipapplication" ("decided_by_id");
CREATE INDEX "members_membershipapplication_member_page_id_80fdaee2" ON "members_membershipapplication" ("member_page_id");
CREATE INDEX "members_membershipapplication_primary_branch_id_e1191c47" ON "members_membershipapplication" ("primary_branch_id");
CREATE INDEX "members_membershipapplication_user_id_735ee761" ON "members_membershipapplication" ("user_id");
CREATE UNIQUE INDEX "members_membershipapplication_other_branches_membershipapplication_id_branch_id_2124d42d_uniq" ON "members_membershipapplication_other_branches" ("membershipapplication_id", "branch_id");
CREATE INDEX "members_membershipapplication_other_branches_membershipapplication_id_6d30221a" ON "members_membershipapplication_other_branches" ("membershipapplication_id");
CREATE INDEX "members_membershipapplication_other_branches_branch_id_c24228e8" ON "members_membershipapplication_other_branches" ("branch_id");
CREATE INDEX "members_monthlystat_translation_key_f5075ee3" ON "members_monthlystat" ("translation_key");
CREATE TABLE "matchmaking_brief_branches" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "brief_id" bigint NOT NULL REFERENCES "matchmaking_brief" ("id") DEFERRABLE INITIALLY DEFERRED, "branch_id" bigint NOT NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "matchmaking_brief_languages" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "brief_id" bigint NOT NULL REFERENCES "matchmaking_brief" ("id") DEFERRABLE INITIALLY DEFERRED, "spokenlanguage_id" bigint NOT NULL REFERENCES "members_spokenlanguage" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "matchmaking_brief_skills" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "brief_id" bigint NOT NULL REFERENCES "matchmaking_brief" ("id") DEFERRABLE INITIALLY DEFERRED, "skill_id" bigint NOT NULL REFERENCES "members_skill" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "matchmaking_briefrecipient" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "rank" smallint unsigned NOT NULL CHECK ("rank" >= 0), "score" real NOT NULL, "reasons" text NOT NULL, "sent_at" datetime NOT NULL, "read_at" datetime NULL, "answer" varchar(12) NOT NULL, "answered_at" datetime NULL, "worked_together" bool NOT NULL, "brief_id" bigint NOT NULL REFERENCES "matchmaking_brief" ("id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "brief_recipient_unique" UNIQUE ("brief_id", "page_id"));
CREATE UNIQUE INDEX "matchmaking_brief_branches_brief_id_branch_id_ea594f46_uniq" ON "matchmaking_brief_branches" ("brief_id", "branch_id");
CREATE INDEX "matchmaking_brief_branches_brief_id_a6b1a053" ON "matchmaking_brief_branches" ("brief_id");
CREATE INDEX "matchmaking_brief_branches_branch_id_0821f06e" ON "matchmaking_brief_branches" ("branch_id");
CREATE UNIQUE INDEX "matchmaking_brief_languages_brief_id_spokenlanguage_id_d7763685_uniq" ON "matchmaking_brief_languages" ("brief_id", "spokenlanguage_id");
CREATE INDEX "matchmaking_brief_languages_brief_id_a9b32c63" ON "matchmaking_brief_languages" ("brief_id");
CREATE INDEX "matchmaking_brief_languages_spokenlanguage_id_205aa13b" ON "matchmaking_brief_languages" ("spokenlanguage_id");
CREATE UNIQUE INDEX "matchmaking_brief_skills_brief_id_skill_id_0387e32f_uniq" ON "matchmaking_brief_skills" ("brief_id", "skill_id");
CREATE INDEX "matchmaking_brief_skills_brief_id_86c4fa48" ON "matchmaking_brief_skills" ("brief_id");
CREATE INDEX "matchmaking_brief_skills_skill_id_d72c1768" ON "matchmaking_brief_skills" ("skill_id");
CREATE INDEX "matchmaking_briefrecipient_brief_id_f3207e38" ON "matchmaking_briefrecipient" ("brief_id");
CREATE INDEX "matchmaking_briefrecipient_page_id_a3f6624a" ON "matchmaking_briefrecipient" ("page_id");
CREATE TABLE "agenda_agendapage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "agenda_agendapage_social_image_id_ad82b19b" ON "agenda_agendapage" ("social_image_id");
CREATE TABLE "agenda_eventpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "end" datetime NOT NULL, "all_day" bool NOT NULL, "venue_name" varchar(160) NOT NULL, "venue_address" text NOT NULL, "online_url" varchar(200) NOT NULL, "organiser_name" varchar(160) NOT NULL, "event_type" varchar(20) NOT NULL, "registration_url" varchar(200) NOT NULL, "intro" text NOT NULL, "body" text NOT NULL CHECK ((JSON_VALID("body") OR "body" IS NULL)), "branch_id" bigint NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED, "image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "organiser_member_id" integer NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "start" datetime NOT NULL);
CREATE INDEX "agenda_eventpage_end_43ff3b14" ON "agenda_eventpage" ("end");
CREATE INDEX "agenda_eventpage_branch_id_50479912" ON "agenda_eventpage" ("branch_id");
CREATE INDEX "agenda_eventpage_image_id_2136007c" ON "agenda_eventpage" ("image_id");
CREATE INDEX "agenda_eventpage_organiser_member_id_df9d4783" ON "agenda_eventpage" ("organiser_member_id");
CREATE INDEX "agenda_eventpage_social_image_id_c492bac9" ON "agenda_eventpage" ("social_image_id");
CREATE INDEX "agenda_eventpage_start_cddf524a" ON "agenda_eventpage" ("start");
CREATE TABLE "alerts_digest" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "sent_at" datetime NOT NULL, "period_start" datetime NULL, "period_end" datetime NOT NULL, "items" integer unsigned NOT NULL CHECK ("items" >= 0), "subscription_id" bigint NOT NULL REFERENCES "alerts_subscription" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "alerts_subscription" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "email" varchar(254) NOT NULL, "language" varchar(8) NOT NULL, "kind" varchar(20) NOT NULL, "filters" text NOT NULL CHECK ((JSON_VALID("filters") OR "filters" IS NULL)), "filters_key" varchar(1000) NOT NULL, "token" varchar(64) NOT NULL UNIQUE, "created_at" datetime NOT NULL, "confirmed_at" datetime NULL, "last_digest_at" datetime NULL, "user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "alerts_one_subscription_per_search" UNIQUE ("email", "kind", "filters_key"));
CREATE INDEX "alerts_digest_subscription_id_265bce3e" ON "alerts_digest" ("subscription_id");
CREATE INDEX "alerts_subscription_user_id_38b321ac" ON "alerts_subscription" ("user_id");
CREATE INDEX "alerts_sub_confirmed_kind" ON "alerts_subscription" ("confirmed_at", "kind");
CREATE TABLE "api_webhookendpoint" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(120) NOT NULL, "url" varchar(500) NOT NULL, "secret" varchar(200) NOT NULL, "on_publish" bool NOT NULL, "on_unpublish" bool NOT NULL, "on_delete" bool NOT NULL, "active" bool NOT NULL, "created_at" datetime NOT NULL);
CREATE TABLE "api_webhookendpoint_page_types" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "webhookendpoint_id" bigint NOT NULL REFERENCES "api_webhookendpoint" ("id") DEFERRABLE INITIALLY DEFERRED, "contenttype_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "api_webhookdelivery" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "event" varchar(30) NOT NULL, "body" text NOT NULL, "status" varchar(10) NOT NULL, "attempts" smallint unsigned NOT NULL CHECK ("attempts" >= 0), "next_attempt_at" datetime NULL, "last_status_code" smallint unsigned NULL CHECK ("last_status_code" >= 0), "last_error" text NOT NULL, "created_at" datetime NOT NULL, "delivered_at" datetime NULL, "endpoint_id" bigint NOT NULL REFERENCES "api_webhookendpoint" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "api_webhookendpoint_page_types_webhookendpoint_id_contenttype_id_c36803a1_uniq" ON "api_webhookendpoint_page_types" ("webhookendpoint_id", "contenttype_id");
CREATE INDEX "api_webhookendpoint_page_types_webhookendpoint_id_61e7c42d" ON "api_webhookendpoint_page_types" ("webhookendpoint_id");
CREATE INDEX "api_webhookendpoint_page_types_contenttype_id_b1669cd2" ON "api_webhookendpoint_page_types" ("contenttype_id");
CREATE INDEX "api_webhookdelivery_endpoint_id_0a262f46" ON "api_webhookdelivery" ("endpoint_id");
CREATE INDEX "api_delivery_due" ON "api_webhookdelivery" ("status", "next_attempt_at");
CREATE TABLE "home_sociallinks" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "linkedin" varchar(200) NOT NULL, "instagram" varchar(200) NOT NULL, "facebook" varchar(200) NOT NULL, "youtube" varchar(200) NOT NULL);
CREATE TABLE "home_standardpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "body" text NOT NULL CHECK ((JSON_VALID("body") OR "body" IS NULL)), "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "home_footertext" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "translation_key" char(32) NOT NULL, "body" text NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "home_footertext_locale_id_d5cc9f77" ON "home_footertext" ("locale_id");
CREATE TABLE "home_homepage_featured_members" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "homepage_id" integer NOT NULL REFERENCES "home_homepage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "memberpage_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "home_footertext_translation_key_locale_id_e2aa77cd_uniq" ON "home_footertext" ("translation_key", "locale_id");
CREATE UNIQUE INDEX "home_homepage_featured_members_homepage_id_memberpage_id_19f9f2f4_uniq" ON "home_homepage_featured_members" ("homepage_id", "memberpage_id");
CREATE INDEX "home_homepage_featured_members_homepage_id_e27bf556" ON "home_homepage_featured_members" ("homepage_id");
CREATE INDEX "home_homepage_featured_members_memberpage_id_e3941bd2" ON "home_homepage_featured_members" ("memberpage_id");
CREATE INDEX "home_standardpage_social_image_id_de5aadae" ON "home_standardpage" ("social_image_id");
CREATE INDEX portal_page_depth_path ON wagtailcore_page (depth, path);
CREATE TABLE "home_homepage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "body" text NOT NULL CHECK ((JSON_VALID("body") OR "body" IS NULL)), "membership_page_id" integer NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "home_homepage_social_image_id_a4820219" ON "home_homepage" ("social_image_id");
CREATE TABLE "home_sitesettings" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "default_social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "legal_page_id" integer NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "privacy_page_id" integer NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "home_homepage_membership_page_id_bcd1621f" ON "home_homepage" ("membership_page_id");
CREATE INDEX "home_sitesettings_default_social_image_id_51e7de78" ON "home_sitesettings" ("default_social_image_id");
CREATE INDEX "home_sitesettings_legal_page_id_d0331b43" ON "home_sitesettings" ("legal_page_id");
CREATE INDEX "home_sitesettings_privacy_page_id_745c24b9" ON "home_sitesettings" ("privacy_page_id");
CREATE TABLE "figures_statisticspage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "methodology" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "figures_figure" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "translation_key" char(32) NOT NULL, "sort_order" integer NULL, "label" varchar(200) NOT NULL, "indicator" varchar(60) NOT NULL, "value" decimal NOT NULL, "unit" varchar(12) NOT NULL, "year" smallint unsigned NOT NULL CHECK ("year" >= 0), "approximate" bool NOT NULL, "source_name" varchar(255) NOT NULL, "source_url" varchar(200) NOT NULL, "note" varchar(400) NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "page_id" integer NOT NULL REFERENCES "figures_statisticspage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "figures_statisticspage_social_image_id_a8e50588" ON "figures_statisticspage" ("social_image_id");
CREATE UNIQUE INDEX "figures_figure_translation_key_locale_id_a6150eac_uniq" ON "figures_figure" ("translation_key", "locale_id");
CREATE INDEX "figures_figure_indicator_0a3e52a8" ON "figures_figure" ("indicator");
CREATE INDEX "figures_figure_locale_id_dcdfd29a" ON "figures_figure" ("locale_id");
CREATE INDEX "figures_figure_page_id_36575ace" ON "figures_figure" ("page_id");
CREATE TABLE "jobs_collaborationindexpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "jobs_jobindexpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "jobs_collaborationindexpage_social_image_id_606b19e3" ON "jobs_collaborationindexpage" ("social_image_id");
CREATE INDEX "jobs_jobindexpage_social_image_id_535b8023" ON "jobs_jobindexpage" ("social_image_id");
CREATE TABLE "jobs_collaborationpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "kind" varchar(20) NOT NULL, "author_name" varchar(160) NOT NULL, "budget" varchar(120) NOT NULL, "summary_text" text NOT NULL, "description" text NOT NULL CHECK ((JSON_VALID("description") OR "description" IS NULL)), "how_to_respond" text NOT NULL, "author_member_id" integer NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "branch_id" bigint NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "deadline" date NOT NULL);
CREATE INDEX "jobs_collaborationpage_author_member_id_772cd6d0" ON "jobs_collaborationpage" ("author_member_id");
CREATE INDEX "jobs_collaborationpage_branch_id_f9640011" ON "jobs_collaborationpage" ("branch_id");
CREATE INDEX "jobs_collaborationpage_social_image_id_99cbc406" ON "jobs_collaborationpage" ("social_image_id");
CREATE INDEX "jobs_collaborationpage_deadline_7674eb7b" ON "jobs_collaborationpage" ("deadline");
CREATE TABLE "jobs_jobpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "employer_name" varchar(160) NOT NULL, "contract_type" varchar(20) NOT NULL, "workload" varchar(10) NOT NULL, "location" varchar(120) NOT NULL, "remote" varchar(10) NOT NULL, "start_date" date NULL, "description" text NOT NULL CHECK ((JSON_VALID("description") OR "description" IS NULL)), "how_to_apply" text NOT NULL, "apply_url" varchar(200) NOT NULL, "apply_email" varchar(254) NOT NULL, "branch_id" bigint NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED, "employer_member_id" integer NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "expiry_date" date NOT NULL);
CREATE INDEX "jobs_jobpage_branch_id_81dce3e8" ON "jobs_jobpage" ("branch_id");
CREATE INDEX "jobs_jobpage_employer_member_id_dc3db9b7" ON "jobs_jobpage" ("employer_member_id");
CREATE INDEX "jobs_jobpage_social_image_id_f1f925e1" ON "jobs_jobpage" ("social_image_id");
CREATE INDEX "jobs_jobpage_expiry_date_66684a9d" ON "jobs_jobpage" ("expiry_date");
CREATE TABLE "matchmaking_brief" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "token" char(32) NOT NULL UNIQUE, "nonce" char(32) NULL UNIQUE, "text" text NOT NULL, "language" varchar(5) NOT NULL, "page_language" varchar(5) NOT NULL, "company" varchar(200) NOT NULL, "contact_name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "budget" varchar(10) NOT NULL, "deadline" date NULL, "canton" varchar(30) NOT NULL, "consent_at" datetime NOT NULL, "created_at" datetime NOT NULL, "confirmed_at" datetime NULL, "sent_at" datetime NULL, "followup_sent_at" datetime NULL, "outcome" varchar(10) NOT NULL, "outcome_at" datetime NULL, "skills_confirmed" bool NOT NULL);
CREATE INDEX "matchmaking_brief_created_at_8c975a17" ON "matchmaking_brief" ("created_at");
CREATE TABLE "wagtailusers_userprofile" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "submitted_notifications" bool NOT NULL, "approved_notifications" bool NOT NULL, "rejected_notifications" bool NOT NULL, "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "preferred_language" varchar(10) NOT NULL, "current_time_zone" varchar(40) NOT NULL, "avatar" varchar(100) NOT NULL, "updated_comments_notifications" bool NOT NULL, "dismissibles" text NOT NULL CHECK ((JSON_VALID("dismissibles") OR "dismissibles" IS NULL)), "theme" varchar(40) NOT NULL, "density" varchar(40) NOT NULL, "contrast" varchar(40) NOT NULL, "keyboard_shortcuts" bool NOT NULL);
CREATE TABLE "members_memberpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "kind" varchar(20) NOT NULL, "tagline" varchar(160) NOT NULL, "bio" text NOT NULL, "canton" varchar(30) NOT NULL, "commune" varchar(80) NOT NULL, "country" varchar(2) NOT NULL, "year_founded" smallint unsigned NULL CHECK ("year_founded" >= 0), "team_size" varchar(6) NOT NULL, "website" varchar(200) NOT NULL, "contact_email" varchar(254) NOT NULL, "available_for_hire" bool NOT NULL, "open_to_collaboration" bool NOT NULL, "looking_for_clients" bool NOT NULL, "looking_for_partners" bool NOT NULL, "looking_for_talent" bool NOT NULL, "membership_status" varchar(12) NOT NULL, "cover_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "logo_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "machine_translated" bool NOT NULL);
CREATE INDEX "members_memberpage_cover_image_id_ca7d8f66" ON "members_memberpage" ("cover_image_id");
CREATE INDEX "members_memberpage_logo_id_19bfb843" ON "members_memberpage" ("logo_id");
CREATE INDEX "members_memberpage_social_image_id_99fcc708" ON "members_memberpage" ("social_image_id");
CREATE TABLE "members_translationreview" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "translation_key" char(32) NOT NULL, "reviewed_at" datetime NOT NULL, "texts" integer unsigned NOT NULL CHECK ("texts" >= 0), "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "reviewed_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "members_translationreview_translation_key_f81a614b" ON "members_translationreview" ("translation_key");
CREATE INDEX "members_translationreview_locale_id_e3e269ad" ON "members_translationreview" ("locale_id");
CREATE INDEX "members_translationreview_reviewed_by_id_f4880b21" ON "members_translationreview" ("reviewed_by_id");
CREATE TABLE "news_newscategory" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label_fr" varchar(120) NOT NULL, "label_en" varchar(120) NOT NULL, "label_de" varchar(120) NOT NULL, "code" varchar(60) NOT NULL UNIQUE, "sort_order" smallint unsigned NOT NULL CHECK ("sort_order" >= 0));
CREATE TABLE "news_newsindexpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "news_newspage_categories" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "newspage_id" integer NOT NULL REFERENCES "news_newspage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "newscategory_id" bigint NOT NULL REFERENCES "news_newscategory" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "news_newspage_related_members" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "newspage_id" integer NOT NULL REFERENCES "news_newspage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "memberpage_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "news_newstag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_object_id" integer NOT NULL REFERENCES "news_newspage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "tag_id" integer NOT NULL REFERENCES "taggit_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "news_newsindexpage_social_image_id_86d873fd" ON "news_newsindexpage" ("social_image_id");
CREATE UNIQUE INDEX "news_newspage_categories_newspage_id_newscategory_id_9e8ce76e_uniq" ON "news_newspage_categories" ("newspage_id", "newscategory_id");
CREATE INDEX "news_newspage_categories_newspage_id_abbbee1d" ON "news_newspage_categories" ("newspage_id");
CREATE INDEX "news_newspage_categories_newscategory_id_2b5e0308" ON "news_newspage_categories" ("newscategory_id");
CREATE UNIQUE INDEX "news_newspage_related_members_newspage_id_memberpage_id_ff3b243e_uniq" ON "news_newspage_related_members" ("newspage_id", "memberpage_id");
CREATE INDEX "news_newspage_related_members_newspage_id_48ba1ec7" ON "news_newspage_related_members" ("newspage_id");
CREATE INDEX "news_newspage_related_members_memberpage_id_af813c31" ON "news_newspage_related_members" ("memberpage_id");
CREATE INDEX "news_newstag_content_object_id_f23b1d03" ON "news_newstag" ("content_object_id");
CREATE INDEX "news_newstag_tag_id_0ad93956" ON "news_newstag" ("tag_id");
CREATE TABLE "news_newspage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "image_alt" varchar(250) NOT NULL, "intro" text NOT NULL, "body" text NOT NULL CHECK ((JSON_VALID("body") OR "body" IS NULL)), "featured_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "date" date NOT NULL);
CREATE INDEX "news_newspage_featured_image_id_bb5b81dc" ON "news_newspage" ("featured_image_id");
CREATE INDEX "news_newspage_social_image_id_31eb66d8" ON "news_newspage" ("social_image_id");
CREATE INDEX "news_newspage_date_1d98fdcd" ON "news_newspage" ("date");
CREATE TABLE "portal_search_indexstate" ("name" varchar(40) NOT NULL PRIMARY KEY, "version" varchar(32) NOT NULL);
CREATE TABLE "portal_search_enginerepair" ("name" varchar(100) NOT NULL PRIMARY KEY, "requested_at" datetime NULL, "started_at" datetime NULL, "worker" varchar(200) NOT NULL, "finished_at" datetime NULL, "error" text NOT NULL);
CREATE TABLE "portal_search_memberdocument" ("page_id" integer NOT NULL PRIMARY KEY REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "language" varchar(8) NOT NULL, "name" varchar(255) NOT NULL, "url" varchar(500) NOT NULL, "logo_url" varchar(500) NOT NULL, "location" varchar(200) NOT NULL, "sort_name" varchar(255) NOT NULL, "published_at" datetime NULL, "kind" varchar(20) NOT NULL, "canton" varchar(30) NOT NULL, "available" bool NOT NULL, "collab" bool NOT NULL, "branches" text NOT NULL, "skills" text NOT NULL, "languages" text NOT NULL, "media" text NOT NULL, "skills_text" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "portfolio" text NOT NULL CHECK ((JSON_VALID("portfolio") OR "portfolio" IS NULL)), "updated_at" datetime NOT NULL, "body_language" varchar(8) NOT NULL, "summary_language" varchar(8) NOT NULL, "picture" text NOT NULL CHECK ((JSON_VALID("picture") OR "picture" IS NULL)));
CREATE INDEX "search_doc_lang_name" ON "portal_search_memberdocument" ("language", "sort_name");
CREATE TABLE "portrait_portraiteditionpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "year" smallint unsigned NOT NULL CHECK ("year" >= 0), "intro" text NOT NULL, "editorial" text NOT NULL CHECK ((JSON_VALID("editorial") OR "editorial" IS NULL)), "cover_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "portrait_portraitindexpage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "intro" text NOT NULL, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "portrait_portraitstorypage" ("page_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "listing_summary" varchar(255) NOT NULL, "kind" varchar(10) NOT NULL, "subtitle" varchar(200) NOT NULL, "lead" text NOT NULL, "hero_alt" varchar(255) NOT NULL, "hero_caption" varchar(255) NOT NULL, "hero_credit" varchar(120) NOT NULL, "body" text NOT NULL CHECK ((JSON_VALID("body") OR "body" IS NULL)), "hero_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED, "social_image_id" integer NULL REFERENCES "wagtailimages_image" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "portrait_portraitstorypage_related_members" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "portraitstorypage_id" integer NOT NULL REFERENCES "portrait_portraitstorypage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED, "memberpage_id" integer NOT NULL REFERENCES "members_memberpage" ("page_ptr_id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "portrait_portraiteditionpage_cover_image_id_a2c4c2ae" ON "portrait_portraiteditionpage" ("cover_image_id");
CREATE INDEX "portrait_portraiteditionpage_social_image_id_d7cb8bcb" ON "portrait_portraiteditionpage" ("social_image_id");
CREATE INDEX "portrait_portraitindexpage_social_image_id_933b8723" ON "portrait_portraitindexpage" ("social_image_id");
CREATE INDEX "portrait_portraitstorypage_hero_image_id_9b4b3587" ON "portrait_portraitstorypage" ("hero_image_id");
CREATE INDEX "portrait_portraitstorypage_social_image_id_de9a5f60" ON "portrait_portraitstorypage" ("social_image_id");
CREATE UNIQUE INDEX "portrait_portraitstorypage_related_members_portraitstorypage_id_memberpage_id_bdd32dd7_uniq" ON "portrait_portraitstorypage_related_members" ("portraitstorypage_id", "memberpage_id");
CREATE INDEX "portrait_portraitstorypage_related_members_portraitstorypage_id_29544bfe" ON "portrait_portraitstorypage_related_members" ("portraitstorypage_id");
CREATE INDEX "portrait_portraitstorypage_related_members_memberpage_id_8f97934f" ON "portrait_portraitstorypage_related_members" ("memberpage_id");
CREATE TABLE "django_session" ("session_key" varchar(40) NOT NULL PRIMARY KEY, "session_data" text NOT NULL, "expire_date" datetime NOT NULL);
CREATE INDEX "django_session_expire_date_a5c62663" ON "django_session" ("expire_date");
CREATE TABLE "members_skill" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label_fr" varchar(120) NOT NULL, "label_en" varchar(120) NOT NULL, "label_de" varchar(120) NOT NULL, "code" varchar(80) NOT NULL UNIQUE, "synonyms_fr" text NOT NULL, "synonyms_en" text NOT NULL, "synonyms_de" text NOT NULL, "branch_id" bigint NOT NULL REFERENCES "members_branch" ("id") DEFERRABLE INITIALLY DEFERRED, "roles_fr" text NOT NULL, "roles_en" text NOT NULL, "roles_de" text NOT NULL);
CREATE INDEX "members_skill_branch_id_64222c24" ON "members_skill" ("branch_id");
CREATE TABLE "wagtail_localize_translation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "uuid" char(32) NOT NULL UNIQUE, "created_at" datetime NOT NULL, "translations_last_updated_at" datetime NULL, "destination_last_updated_at" datetime NULL, "enabled" bool NOT NULL, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "target_locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "wagtail_localize_translation_source_id_target_locale_id_7e943cf8_uniq" ON "wagtail_localize_translation" ("source_id", "target_locale_id");
CREATE INDEX "wagtail_localize_translation_source_id_e326e1e3" ON "wagtail_localize_translation" ("source_id");
CREATE INDEX "wagtail_localize_translation_target_locale_id_8c524f73" ON "wagtail_localize_translation" ("target_locale_id");
CREATE TABLE "wagtail_localize_stringtranslation" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "data" text NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "context_id" integer NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "translation_of_id" integer NOT NULL REFERENCES "wagtail_localize_string" ("id") DEFERRABLE INITIALLY DEFERRED, "tool_name" varchar(255) NOT NULL, "translation_type" varchar(20) NOT NULL, "last_translated_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "field_error" text NOT NULL, "has_error" bool NOT NULL);
CREATE UNIQUE INDEX "wagtail_localize_stringtranslation_locale_id_translation_of_id_context_id_d2d59359_uniq" ON "wagtail_localize_stringtranslation" ("locale_id", "translation_of_id", "context_id");
CREATE INDEX "wagtail_localize_stringtranslation_context_id_3cc13049" ON "wagtail_localize_stringtranslation" ("context_id");
CREATE INDEX "wagtail_localize_stringtranslation_locale_id_b9e3730d" ON "wagtail_localize_stringtranslation" ("locale_id");
CREATE INDEX "wagtail_localize_stringtranslation_translation_of_id_8eef01d0" ON "wagtail_localize_stringtranslation" ("translation_of_id");
CREATE INDEX "wagtail_localize_stringtranslation_last_translated_by_id_764c7a3f" ON "wagtail_localize_stringtranslation" ("last_translated_by_id");
CREATE TABLE "wagtail_localize_overridablesegment" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "order" integer unsigned NOT NULL CHECK ("order" >= 0), "data_json" text NOT NULL, "context_id" integer NOT NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtail_localize_overridablesegment_context_id_eed8c388" ON "wagtail_localize_overridablesegment" ("context_id");
CREATE INDEX "wagtail_localize_overridablesegment_source_id_5720ac20" ON "wagtail_localize_overridablesegment" ("source_id");
CREATE TABLE "wagtail_localize_segmentoverride" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "data_json" text NOT NULL, "has_error" bool NOT NULL, "field_error" text NOT NULL, "context_id" integer NULL REFERENCES "wagtail_localize_translationcontext" ("id") DEFERRABLE INITIALLY DEFERRED, "last_translated_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtail_localize_segmentoverride_context_id_f827efe0" ON "wagtail_localize_segmentoverride" ("context_id");
CREATE INDEX "wagtail_localize_segmentoverride_last_translated_by_id_a86448fc" ON "wagtail_localize_segmentoverride" ("last_translated_by_id");
CREATE INDEX "wagtail_localize_segmentoverride_locale_id_b1673d41" ON "wagtail_localize_segmentoverride" ("locale_id");
CREATE TABLE "wagtail_localize_localesynchronization" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "locale_id" integer NOT NULL UNIQUE REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "sync_from_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtail_localize_localesynchronization_sync_from_id_1bc4c2eb" ON "wagtail_localize_localesynchronization" ("sync_from_id");
CREATE TABLE "wagtail_localize_translationsource" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_repr" text NOT NULL, "content_json" text NOT NULL, "created_at" datetime NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "object_id" char(32) NOT NULL REFERENCES "wagtail_localize_translatableobject" ("translation_key") DEFERRABLE INITIALLY DEFERRED, "specific_content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "last_updated_at" datetime NOT NULL, "schema_version" varchar(255) NOT NULL);
CREATE UNIQUE INDEX "wagtail_localize_translationsource_object_id_locale_id_fb6a8d8e_uniq" ON "wagtail_localize_translationsource" ("object_id", "locale_id");
CREATE INDEX "wagtail_localize_translationsource_locale_id_0ac264c0" ON "wagtail_localize_translationsource" ("locale_id");
CREATE INDEX "wagtail_localize_translationsource_object_id_6a078fd2" ON "wagtail_localize_translationsource" ("object_id");
CREATE INDEX "wagtail_localize_translationsource_specific_content_type_id_3095eb76" ON "wagtail_localize_translationsource" ("specific_content_type_id");
CREATE TABLE "wagtail_localize_translationcontext" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "path_id" char(32) NOT NULL, "path" text NOT NULL, "object_id" char(32) NOT NULL REFERENCES "wagtail_localize_translatableobject" ("translation_key") DEFERRABLE INITIALLY DEFERRED, "field_path" text NOT NULL);
CREATE UNIQUE INDEX "wagtail_localize_translationcontext_object_id_path_id_c7f5d707_uniq" ON "wagtail_localize_translationcontext" ("object_id", "path_id");
CREATE INDEX "wagtail_localize_translationcontext_object_id_86263ce7" ON "wagtail_localize_translationcontext" ("object_id");
CREATE TABLE "wagtail_localize_translationlog" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "locale_id" integer NOT NULL REFERENCES "wagtailcore_locale" ("id") DEFERRABLE INITIALLY DEFERRED, "source_id" integer NOT NULL REFERENCES "wagtail_localize_translationsource" ("id") DEFERRABLE INITIALLY DEFERRED, "revision_id" integer NULL REFERENCES "wagtailcore_revision" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtail_localize_translationlog_locale_id_37619cb4" ON "wagtail_localize_translationlog" ("locale_id");
CREATE INDEX "wagtail_localize_translationlog_source_id_7228923e" ON "wagtail_localize_translationlog" ("source_id");
CREATE INDEX "wagtail_localize_translationlog_revision_id_e3b62278" ON "wagtail_localize_translationlog" ("revision_id");
CREATE TABLE "wagtailadmin_admin" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT);
CREATE TABLE "wagtailadmin_editingsession" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" varchar(255) NOT NULL, "last_seen_at" datetime NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "is_editing" bool NOT NULL);
CREATE INDEX "wagtailadmin_editingsession_content_type_id_4df7730e" ON "wagtailadmin_editingsession" ("content_type_id");
CREATE INDEX "wagtailadmin_editingsession_user_id_6e1a9b70" ON "wagtailadmin_editingsession" ("user_id");
CREATE INDEX "wagtailadmi_content_717955_idx" ON "wagtailadmin_editingsession" ("content_type_id", "object_id");
CREATE TABLE "wagtailadmin_formstate" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "data" text NOT NULL, "object_id" varchar(255) NOT NULL, "parent_object_id" varchar(255) NOT NULL, "last_updated_at" datetime NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "wagtailadmin_formstate_content_type_id_e32438b3" ON "wagtailadmin_formstate" ("content_type_id");
CREATE INDEX "wagtailadmin_formstate_user_id_b910adc2" ON "wagtailadmin_formstate" ("user_id");
CREATE INDEX "formstate_user_object" ON "wagtailadmin_formstate" ("user_id", "content_type_id", "object_id", "parent_object_id");
CREATE TABLE "wagtailembeds_embed" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "url" text NOT NULL, "max_width" smallint NULL, "type" varchar(10) NOT NULL, "html" text NOT NULL, "title" text NOT NULL, "author_name" text NOT NULL, "provider_name" text NOT NULL, "width" integer NULL, "height" integer NULL, "last_updated" datetime NOT NULL, "hash" varchar(32) NOT NULL UNIQUE, "thumbnail_url" text NOT NULL, "cache_until" datetime NULL);
CREATE INDEX "wagtailembeds_embed_cache_until_26c94bb0" ON "wagtailembeds_embed" ("cache_until");
CREATE TABLE "wagtailforms_formsubmission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "submit_time" datetime NOT NULL, "page_id" integer NOT NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "form_data" text NOT NULL CHECK ((JSON_VALID("form_data") OR "form_data" IS NULL)));
CREATE INDEX "wagtailforms_formsubmission_page_id_e48e93e7" ON "wagtailforms_formsubmission" ("page_id");
CREATE TABLE "wagtailredirects_redirect" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "old_path" varchar(255) NOT NULL, "is_permanent" bool NOT NULL, "redirect_link" varchar(255) NOT NULL, "redirect_page_id" integer NULL REFERENCES "wagtailcore_page" ("id") DEFERRABLE INITIALLY DEFERRED, "site_id" integer NULL REFERENCES "wagtailcore_site" ("id") DEFERRABLE INITIALLY DEFERRED, "automatically_created" bool NOT NULL, "created_at" datetime NULL, "redirect_page_route_path" varchar(255) NOT NULL);
CREATE UNIQUE INDEX "wagtailredirects_redirect_old_path_site_id_783622d7_uniq" ON "wagtailredirects_redirect" ("old_path", "site_id");
CREATE INDEX "wagtailredirects_redirect_old_path_bb35247b" ON "wagtailredirects_redirect" ("old_path");
CREATE INDEX "wagtailredirects_redirect_redirect_page_id_b5728a8f" ON "wagtailredirects_redirect" ("redirect_page_id");
CREATE INDEX "wagtailredirects_redirect_site_id_780a0e1e" ON "wagtailredirects_redirect" ("site_id");
CREATE TABLE "wagtailsearch_indexentry" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" varchar(50) NOT NULL, "title_norm" real NOT NULL, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "autocomplete" text NULL, "body" text NULL, "title" text NOT NULL);
CREATE UNIQUE INDEX "wagtailsearch_indexentry_content_type_id_object_id_bcd7ba73_uniq" ON "wagtailsearch_indexentry" ("content_type_id", "object_id");
CREATE INDEX "wagtailsearch_indexentry_content_type_id_62ed694f" ON "wagtailsearch_indexentry" ("content_type_id");
CREATE VIRTUAL TABLE wagtailsearch_indexentry_fts USING fts5(autocomplete, body, title);
CREATE TRIGGER insert_wagtailsearch_indexentry_fts AFTER INSERT ON wagtailsearch_indexentry BEGIN INSERT INTO wagtailsearch_indexentry_fts(title, body, autocomplete, rowid) VALUES (NEW.title, NEW.body, NEW.autocomplete, NEW.id); END;
CREATE TRIGGER update_wagtailsearch_indexentry_fts AFTER UPDATE ON wagtailsearch_indexentry BEGIN UPDATE wagtailsearch_indexentry_fts SET title=NEW.title, body=NEW.body, autocomplete=NEW.autocomplete WHERE rowid=NEW.id; END;
CREATE TRIGGER delete_wagtailsearch_indexentry_fts AFTER DELETE ON wagtailsearch_indexentry BEGIN DELETE FROM wagtailsearch_indexentry_fts WHERE rowid=OLD.id; END;
INSERT INTO "django_migrations" VALUES(1,'contenttypes','0001_initial','2026-12-07 00:36:27.097070');
INSERT INTO "django_migrations" VALUES(2,'auth','0001_initial','2026-12-07 00:36:27.152897');
INSERT INTO "django_migrations" VALUES(3,'admin','0001_initial','2026-12-07 00:36:27.194211');
INSERT INTO "django_migrations" VALUES(4,'admin','0002_logentry_remove_auto_add','2026-12-07 00:36:27.229338');
INSERT INTO "django_migrations" VALUES(5,'admin','0003_logentry_add_action_flag_choices','2026-12-07 00:36:27.263962');
INSERT INTO "django_migrations" VALUES(6,'wagtailcore','0001_initial','2026-12-07 00:36:27.650253');
INSERT INTO "django_migrations" VALUES(7,'wagtailcore','0002_initial_data','2026-12-07 00:36:27.670287');
INSERT INTO "django_migrations" VALUES(8,'wagtailcore','0003_add_uniqueness_constraint_on_group_page_permission','2026-12-07 00:36:27.688380');
INSERT INTO "django_migrations" VALUES(9,'wagtailcore','0004_page_locked','2026-12-07 00:36:27.702158');
INSERT INTO "django_migrations" VALUES(10,'wagtailcore','0005_add_page_lock_permission_to_moderators','2026-12-07 00:36:27.718202');
INSERT INTO "django_migrations" VALUES(11,'wagtailcore','0006_add_lock_page_permission','2026-12-07 00:36:27.738203');
INSERT INTO "django_migrations" VALUES(12,'wagtailcore','0007_page_latest_revision_created_at','2026-12-07 00:36:27.758191');
INSERT INTO "django_migrations" VALUES(13,'wagtailcore','0008_populate_latest_revision_created_at','2026-12-07 00:36:27.778192');
INSERT INTO "django_migrations" VALUES(14,'wagtailcore','0009_remove_auto_now_add_from_pagerevision_created_at','2026-12-07 00:36:27.794169');
INSERT INTO "django_migrations" VALUES(15,'wagtailcore','0010_change_page_owner_to_null_on_delete','2026-12-07 00:36:27.810162');
INSERT INTO "django_migrations" VALUES(16,'wagtailcore','0011_page_first_published_at','2026-12-07 00:36:27.830180');
INSERT INTO "django_migrations" VALUES(17,'wagtailcore','0012_extend_page_slug_field','2026-12-07 00:36:27.850184');
INSERT INTO "django_migrations" VALUES(18,'wagtailcore','0013_update_golive_expire_help_text','2026-12-07 00:36:27.870172');
INSERT INTO "django_migrations" VALUES(19,'wagtailcore','0014_add_verbose_name','2026-12-07 00:36:27.890221');
INSERT INTO "django_migrations" VALUES(20,'wagtailcore','0015_add_more_verbose_names','2026-12-07 00:36:27.906174');
INSERT INTO "django_migrations" VALUES(21,'wagtailcore','0016_change_page_url_path_to_text_field','2026-12-07 00:36:27.926184');
INSERT INTO "django_migrations" VALUES(22,'wagtailcore','0017_change_edit_page_permission_description','2026-12-07 00:36:27.963713');
INSERT INTO "django_migrations" VALUES(23,'wagtailcore','0018_pagerevision_submitted_for_moderation_index','2026-12-07 00:36:28.006321');
INSERT INTO "django_migrations" VALUES(24,'wagtailcore','0019_verbose_names_cleanup','2026-12-07 00:36:28.087239');
INSERT INTO "django_migrations" VALUES(25,'wagtailcore','0020_add_index_on_page_first_published_at','2026-12-07 00:36:28.129630');
INSERT INTO "django_migrations" VALUES(26,'wagtailcore','0021_capitalizeverbose','2026-12-07 00:36:28.515576');
INSERT INTO "django_migrations" VALUES(27,'wagtailcore','0022_add_site_name','2026-12-07 00:36:28.541576');
INSERT INTO "django_migrations" VALUES(28,'wagtailcore','0023_alter_page_revision_on_delete_behaviour','2026-12-07 00:36:28.574741');
INSERT INTO "django_migrations" VALUES(29,'wagtailcore','0024_collection','2026-12-07 00:36:28.595534');
INSERT INTO "django_migrations" VALUES(30,'wagtailcore','0025_collection_initial_data','2026-12-07 00:36:28.627759');
INSERT INTO "django_migrations" VALUES(31,'wagtailcore','0026_group_collection_permission','2026-12-07 00:36:28.694187');
INSERT INTO "django_migrations" VALUES(32,'taggit','0001_initial','2026-12-07 00:36:28.755303');
INSERT INTO "django_migrations" VALUES(33,'wagtailimages','0001_initial','2026-12-07 00:36:28.890213');
INSERT INTO "django_migrations" VALUES(34,'wagtailimages','0002_initial_data','2026-12-07 00:36:28.906106');
INSERT INTO "django_migrations" VALUES(35,'wagtailimages','0003_fix_focal_point_fields','2026-12-07 00:36:28.926124');
INSERT INTO "django_migrations" VALUES(36,'wagtailimages','0004_make_focal_point_key_not_nullable','2026-12-07 00:36:28.946107');
INSERT INTO "django_migrations" VALUES(37,'wagtailimages','0005_make_filter_spec_unique','2026-12-07 00:36:28.962114');
INSERT INTO "django_migrations" VALUES(38,'wagtailimages','0006_add_verbose_names','2026-12-07 00:36:28.982134');
INSERT INTO "django_migrations" VALUES(39,'wagtailimages','0007_image_file_size','2026-12-07 00:36:29.002153');
INSERT INTO "django_migrations" VALUES(40,'wagtailimages','0008_image_created_at_index','2026-12-07 00:36:29.018131');
INSERT INTO "django_migrations" VALUES(41,'wagtailimages','0009_capitalizeverbose','2026-12-07 00:36:29.038124');
INSERT INTO "django_migrations" VALUES(42,'wagtailimages','0010_change_on_delete_behaviour','2026-12-07 00:36:29.055660');
INSERT INTO "django_migrations" VALUES(43,'wagtailimages','0011_image_collection','2026-12-07 00:36:29.074142');
INSERT INTO "django_migrations" VALUES(44,'wagtailimages','0012_copy_image_permissions_to_collections','2026-12-07 00:36:29.090151');
INSERT INTO "django_migrations" VALUES(45,'wagtailimages','0013_make_rendition_upload_callable','2026-12-07 00:36:29.110148');
INSERT INTO "django_migrations" VALUES(46,'wagtailimages','0014_add_filter_spec_field','2026-12-07 00:36:29.130139');
INSERT INTO "django_migrations" VALUES(47,'wagtailimages','0015_fill_filter_spec_field','2026-12-07 00:36:29.150145');
INSERT INTO "django_migrations" VALUES(48,'wagtailimages','0016_deprecate_rendition_filter_relation','2026-12-07 00:36:29.166148');
INSERT INTO "django_migrations" VALUES(49,'wagtailimages','0017_reduce_focal_point_key_max_length','2026-12-07 00:36:29.186142');
INSERT INTO "django_migrations" VALUES(50,'wagtailimages','0018_remove_rendition_filter','2026-12-07 00:36:29.202140');
INSERT INTO "django_migrations" VALUES(51,'wagtailimages','0019_delete_filter','2026-12-07 00:36:29.222160');
INSERT INTO "django_migrations" VALUES(52,'wagtailimages','0020_add-verbose-name','2026-12-07 00:36:29.242136');
INSERT INTO "django_migrations" VALUES(53,'wagtailimages','0021_image_file_hash','2026-12-07 00:36:29.258124');
INSERT INTO "django_migrations" VALUES(54,'wagtailimages','0022_uploadedimage','2026-12-07 00:36:29.314240');
INSERT INTO "django_migrations" VALUES(55,'wagtailadmin','0001_create_admin_access_permissions','2026-12-07 00:36:29.357864');
INSERT INTO "django_migrations" VALUES(56,'wagtailimages','0023_add_choose_permissions','2026-12-07 00:36:29.431765');
INSERT INTO "django_migrations" VALUES(57,'wagtailimages','0024_index_image_file_hash','2026-12-07 00:36:29.469486');
INSERT INTO "django_migrations" VALUES(58,'wagtailimages','0025_alter_image_file_alter_rendition_file','2026-12-07 00:36:29.524942');
INSERT INTO "django_migrations" VALUES(59,'wagtailimages','0026_delete_uploadedimage','2026-12-07 00:36:29.546869');
INSERT INTO "django_migrations" VALUES(60,'wagtailimages','0027_image_description','2026-12-07 00:36:29.584063');
INSERT INTO "django_migrations" VALUES(61,'wagtaildocs','0001_initial','2026-12-07 00:36:29.642182');
INSERT INTO "django_migrations" VALUES(62,'wagtaildocs','0002_initial_data','2026-12-07 00:36:29.687224');
INSERT INTO "django_migrations" VALUES(63,'wagtaildocs','0003_add_verbose_names','2026-12-07 00:36:29.754403');
INSERT INTO "django_migrations" VALUES(64,'wagtaildocs','0004_capitalizeverbose','2026-12-07 00:36:29.887584');
INSERT INTO "django_migrations" VALUES(65,'wagtaildocs','0005_document_collection','2026-12-07 00:36:29.947839');
INSERT INTO "django_migrations" VALUES(66,'wagtaildocs','0006_copy_document_permissions_to_collections','2026-12-07 00:36:29.997886');
INSERT INTO "django_migrations" VALUES(67,'wagtaildocs','0005_alter_uploaded_by_user_on_delete_action','2026-12-07 00:36:30.042584');
INSERT INTO "django_migrations" VALUES(68,'wagtaildocs','0007_merge','2026-12-07 00:36:30.061293');
INSERT INTO "django_migrations" VALUES(69,'wagtaildocs','0008_document_file_size','2026-12-07 00:36:30.099664');
INSERT INTO "django_migrations" VALUES(70,'wagtaildocs','0009_document_verbose_name_plural','2026-12-07 00:36:30.129429');
INSERT INTO "django_migrations" VALUES(71,'wagtaildocs','0010_document_file_hash','2026-12-07 00:36:30.174797');
INSERT INTO "django_migrations" VALUES(72,'wagtaildocs','0011_add_choose_permissions','2026-12-07 00:36:30.260239');
INSERT INTO "django_migrations" VALUES(73,'wagtaildocs','0012_uploadeddocument','2026-12-07 00:36:30.322266');
INSERT INTO "django_migrations" VALUES(74,'wagtaildocs','0013_delete_uploadeddocument','2026-12-07 00:36:30.343650');
INSERT INTO "django_migrations" VALUES(75,'wagtaildocs','0014_alter_document_file_size','2026-12-07 00:36:30.391240');
INSERT INTO "django_migrations" VALUES(76,'wagtailcore','0027_fix_collection_path_collation','2026-12-07 00:36:30.442137');
INSERT INTO "django_migrations" VALUES(77,'wagtailcore','0024_alter_page_content_type_on_delete_behaviour','2026-12-07 00:36:30.491835');
INSERT INTO "django_migrations" VALUES(78,'wagtailcore','0028_merge','2026-12-07 00:36:30.514411');
INSERT INTO "django_migrations" VALUES(79,'wagtailcore','0029_unicode_slugfield_dj19','2026-12-07 00:36:30.563554');
INSERT INTO "django_migrations" VALUES(80,'wagtailcore','0030_index_on_pagerevision_created_at','2026-12-07 00:36:30.612203');
INSERT INTO "django_migrations" VALUES(81,'wagtailcore','0031_add_page_view_restriction_types','2026-12-07 00:36:31.038030');
INSERT INTO "django_migrations" VALUES(82,'wagtailcore','0032_add_bulk_delete_page_permission','2026-12-07 00:36:31.074754');
INSERT INTO "django_migrations" VALUES(83,'wagtailcore','0033_remove_golive_expiry_help_text','2026-12-07 00:36:31.127206');
INSERT INTO "django_migrations" VALUES(84,'wagtailcore','0034_page_live_revision','2026-12-07 00:36:31.190350');
INSERT INTO "django_migrations" VALUES(85,'wagtailcore','0035_page_last_published_at','2026-12-07 00:36:31.228865');
INSERT INTO "django_migrations" VALUES(86,'wagtailcore','0036_populate_page_last_published_at','2026-12-07 00:36:31.277758');
INSERT INTO "django_migrations" VALUES(87,'wagtailcore','0037_set_page_owner_editable','2026-12-07 00:36:31.317359');
INSERT INTO "django_migrations" VALUES(88,'wagtailcore','0038_make_first_published_at_editable','2026-12-07 00:36:31.358795');
INSERT INTO "django_migrations" VALUES(89,'wagtailcore','0039_collectionviewrestriction','2026-12-07 00:36:31.446038');
INSERT INTO "django_migrations" VALUES(90,'wagtailcore','0040_page_draft_title','2026-12-07 00:36:31.522126');
INSERT INTO "django_migrations" VALUES(91,'wagtailcore','0041_group_collection_permissions_verbose_name_plural','2026-12-07 00:36:31.556692');
INSERT INTO "django_migrations" VALUES(92,'wagtailcore','0042_index_on_pagerevision_approved_go_live_at','2026-12-07 00:36:31.602547');
INSERT INTO "django_migrations" VALUES(93,'wagtailcore','0043_lock_fields','2026-12-07 00:36:31.694395');
INSERT INTO "django_migrations" VALUES(94,'wagtailcore','0044_add_unlock_grouppagepermission','2026-12-07 00:36:31.730934');
INSERT INTO "django_migrations" VALUES(95,'wagtailcore','0045_assign_unlock_grouppagepermission','2026-12-07 00:36:31.777775');
INSERT INTO "django_migrations" VALUES(96,'wagtailcore','0046_site_name_remove_null','2026-12-07 00:36:31.812591');
INSERT INTO "django_migrations" VALUES(97,'contenttypes','0002_remove_content_type_name','2026-12-07 00:36:31.880373');
INSERT INTO "django_migrations" VALUES(98,'auth','0002_alter_permission_name_max_length','2026-12-07 00:36:31.934906');
INSERT INTO "django_migrations" VALUES(99,'auth','0003_alter_user_email_max_length','2026-12-07 00:36:31.977946');
INSERT INTO "django_migrations" VALUES(100,'auth','0004_alter_user_username_opts','2026-12-07 00:36:32.023169');
INSERT INTO "django_migrations" VALUES(101,'auth','0005_alter_user_last_login_null','2026-12-07 00:36:32.066796');
INSERT INTO "django_migrations" VALUES(102,'auth','0006_require_contenttypes_0002','2026-12-07 00:36:32.086311');
INSERT INTO "django_migrations" VALUES(103,'auth','0007_alter_validators_add_error_messages','2026-12-07 00:36:32.125245');
INSERT INTO "django_migrations" VALUES(104,'auth','0008_alter_user_username_max_length','2026-12-07 00:36:32.169660');
INSERT INTO "django_migrations" VALUES(105,'auth','0009_alter_user_last_name_max_length','2026-12-07 00:36:32.218466');
INSERT INTO "django_migrations" VALUES(106,'auth','0010_alter_group_name_max_length','2026-12-07 00:36:32.266030');
INSERT INTO "django_migrations" VALUES(107,'auth','0011_update_proxy_permissions','2026-12-07 00:36:32.312858');
INSERT INTO "django_migrations" VALUES(108,'wagtailcore','0047_add_workflow_models','2026-12-07 00:36:32.638379');
INSERT INTO "django_migrations" VALUES(109,'wagtailcore','0048_add_default_workflows','2026-12-07 00:36:32.712907');
INSERT INTO "django_migrations" VALUES(110,'wagtailcore','0049_taskstate_finished_by','2026-12-07 00:36:32.783874');
INSERT INTO "django_migrations" VALUES(111,'wagtailcore','0050_workflow_rejected_to_needs_changes','2026-12-07 00:36:32.876941');
INSERT INTO "django_migrations" VALUES(112,'wagtailcore','0051_taskstate_comment','2026-12-07 00:36:33.201112');
INSERT INTO "django_migrations" VALUES(113,'wagtailcore','0052_pagelogentry','2026-12-07 00:36:33.282291');
INSERT INTO "django_migrations" VALUES(114,'wagtailcore','0053_locale_model','2026-12-07 00:36:33.304015');
INSERT INTO "django_migrations" VALUES(115,'wagtailcore','0054_initial_locale','2026-12-07 00:36:33.362775');
INSERT INTO "django_migrations" VALUES(116,'wagtailcore','0055_page_locale_fields','2026-12-07 00:36:33.494238');
INSERT INTO "django_migrations" VALUES(117,'wagtailcore','0056_page_locale_fields_populate','2026-12-07 00:36:33.552431');
INSERT INTO "django_migrations" VALUES(118,'wagtailcore','0057_page_locale_fields_notnull','2026-12-07 00:36:33.645551');
INSERT INTO "django_migrations" VALUES(119,'wagtailcore','0058_page_alias_of','2026-12-07 00:36:33.730316');
INSERT INTO "django_migrations" VALUES(120,'wagtailcore','0059_apply_collection_ordering','2026-12-07 00:36:33.806024');
INSERT INTO "django_migrations" VALUES(121,'wagtailcore','0060_fix_workflow_unique_constraint','2026-12-07 00:36:33.927029');
INSERT INTO "django_migrations" VALUES(122,'wagtailcore','0061_change_promote_tab_helpt_text_and_verbose_names','2026-12-07 00:36:34.024982');
INSERT INTO "django_migrations" VALUES(123,'wagtailcore','0062_comment_models_and_pagesubscription','2026-12-07 00:36:34.198269');
INSERT INTO "django_migrations" VALUES(124,'wagtailcore','0063_modellogentry','2026-12-07 00:36:34.274253');
INSERT INTO "django_migrations" VALUES(125,'wagtailcore','0064_log_timestamp_indexes','2026-12-07 00:36:34.380226');
INSERT INTO "django_migrations" VALUES(126,'wagtailcore','0065_log_entry_uuid','2026-12-07 00:36:34.465615');
INSERT INTO "django_migrations" VALUES(127,'wagtailcore','0066_collection_management_permissions','2026-12-07 00:36:34.521650');
INSERT INTO "django_migrations" VALUES(128,'wagtailcore','0067_alter_pagerevision_content_json','2026-12-07 00:36:34.614601');
INSERT INTO "django_migrations" VALUES(129,'wagtailcore','0068_log_entry_empty_object','2026-12-07 00:36:34.669222');
INSERT INTO "django_migrations" VALUES(130,'wagtailcore','0069_log_entry_jsonfield','2026-12-07 00:36:34.836315');
INSERT INTO "django_migrations" VALUES(131,'wagtail_localize','0001_initial','2026-12-07 00:36:35.634242');
INSERT INTO "django_migrations" VALUES(132,'wagtailcore','0070_rename_pagerevision_revision','2026-12-07 00:36:36.614268');
INSERT INTO "django_migrations" VALUES(133,'wagtailcore','0071_populate_revision_content_type','2026-12-07 00:36:36.696775');
INSERT INTO "django_migrations" VALUES(134,'wagtailcore','0072_alter_revision_content_type_notnull','2026-12-07 00:36:37.305580');
INSERT INTO "django_migrations" VALUES(135,'wagtailcore','0073_page_latest_revision','2026-12-07 00:36:37.418334');
INSERT INTO "django_migrations" VALUES(136,'wagtailcore','0074_revision_object_str','2026-12-07 00:36:37.474283');
INSERT INTO "django_migrations" VALUES(137,'wagtailcore','0075_populate_latest_revision_and_revision_object_str','2026-12-07 00:36:37.632762');
INSERT INTO "django_migrations" VALUES(138,'wagtailcore','0076_modellogentry_revision','2026-12-07 00:36:37.742332');
INSERT INTO "django_migrations" VALUES(139,'wagtailcore','0077_alter_revision_user','2026-12-07 00:36:37.827076');
INSERT INTO "django_migrations" VALUES(140,'wagtailcore','0078_referenceindex','2026-12-07 00:36:37.930323');
INSERT INTO "django_migrations" VALUES(141,'wagtailcore','0079_rename_taskstate_page_revision','2026-12-07 00:36:38.010262');
INSERT INTO "django_migrations" VALUES(142,'wagtailcore','0080_generic_workflowstate','2026-12-07 00:36:38.482275');
INSERT INTO "django_migrations" VALUES(143,'wagtailcore','0081_populate_workflowstate_content_type','2026-12-07 00:36:38.574776');
INSERT INTO "django_migrations" VALUES(144,'wagtailcore','0082_alter_workflowstate_content_type_notnull','2026-12-07 00:36:38.764588');
INSERT INTO "django_migrations" VALUES(145,'wagtailcore','0083_workflowcontenttype','2026-12-07 00:36:38.874307');
INSERT INTO "django_migrations" VALUES(146,'wagtailcore','0084_add_default_page_permissions','2026-12-07 00:36:39.328537');
INSERT INTO "django_migrations" VALUES(147,'wagtailcore','0085_add_grouppagepermission_permission','2026-12-07 00:36:39.500862');
INSERT INTO "django_migrations" VALUES(148,'wagtailcore','0086_populate_grouppagepermission_permission','2026-12-07 00:36:39.658436');
INSERT INTO "django_migrations" VALUES(149,'wagtailcore','0087_alter_grouppagepermission_unique_together_and_more','2026-12-07 00:36:39.829142');
INSERT INTO "django_migrations" VALUES(150,'wagtailcore','0088_fix_log_entry_json_timestamps','2026-12-07 00:36:39.996992');
INSERT INTO "django_migrations" VALUES(151,'wagtailcore','0089_log_entry_data_json_null_to_object','2026-12-07 00:36:40.066762');
INSERT INTO "django_migrations" VALUES(152,'auth','0012_alter_user_first_name_max_length','2026-12-07 00:36:40.125081');
INSERT INTO "django_migrations" VALUES(153,'wagtailcore','0090_remove_grouppagepermission_permission_type','2026-12-07 00:36:40.311477');
INSERT INTO "django_migrations" VALUES(154,'wagtailcore','0091_remove_revision_submitted_for_moderation','2026-12-07 00:36:40.372814');
INSERT INTO "django_migrations" VALUES(155,'wagtailcore','0092_alter_collectionviewrestriction_password_and_more','2026-12-07 00:36:40.474747');
INSERT INTO "django_migrations" VALUES(156,'wagtailcore','0093_uploadedfile','2026-12-07 00:36:40.570278');
INSERT INTO "django_migrations" VALUES(157,'wagtailcore','0094_alter_page_locale','2026-12-07 00:36:40.640612');
INSERT INTO "django_migrations" VALUES(158,'wagtailcore','0095_groupsitepermission','2026-12-07 00:36:40.740034');
INSERT INTO "django_migrations" VALUES(159,'wagtailcore','0096_referenceindex_referenceindex_source_object_and_more','2026-12-07 00:36:41.091000');
INSERT INTO "django_migrations" VALUES(160,'wagtailcore','0097_baselogentry_uuid_action_timestamp_indexes','2026-12-07 00:36:41.185746');
INSERT INTO "django_migrations" VALUES(161,'wagtailcore','0098_apitoken','2026-12-07 00:36:41.278280');
INSERT INTO "django_migrations" VALUES(162,'taggit','0002_auto_20150616_2121','2026-12-07 00:36:41.317479');
INSERT INTO "django_migrations" VALUES(163,'taggit','0003_taggeditem_add_unique_index','2026-12-07 00:36:41.377071');
INSERT INTO "django_migrations" VALUES(164,'taggit','0004_alter_taggeditem_content_type_alter_taggeditem_tag','2026-12-07 00:36:41.504817');
INSERT INTO "django_migrations" VALUES(165,'taggit','0005_auto_20220424_2025','2026-12-07 00:36:41.596724');
INSERT INTO "django_migrations" VALUES(166,'taggit','0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx','2026-12-07 00:36:41.684423');
INSERT INTO "django_migrations" VALUES(167,'members','0001_initial','2026-12-07 00:36:42.743726');
INSERT INTO "django_migrations" VALUES(168,'members','0002_member_space','2026-12-07 00:36:42.954833');
INSERT INTO "django_migrations" VALUES(169,'matchmaking','0001_initial','2026-12-07 00:36:43.186338');
INSERT INTO "django_migrations" VALUES(170,'matchmaking','0002_editor_permissions','2026-12-07 00:36:43.302426');
INSERT INTO "django_migrations" VALUES(171,'taxonomy','0001_initial','2026-12-07 00:36:43.429385');
INSERT INTO "django_migrations" VALUES(172,'agenda','0001_initial','2026-12-07 00:36:43.638238');
INSERT INTO "django_migrations" VALUES(173,'agenda','0002_listing_indexes','2026-12-07 00:36:44.233681');
INSERT INTO "django_migrations" VALUES(174,'agenda','0003_move_to_taxonomy','2026-12-07 00:36:44.412006');
INSERT INTO "django_migrations" VALUES(175,'alerts','0001_subscriptions','2026-12-07 00:36:44.764134');
INSERT INTO "django_migrations" VALUES(176,'api','0001_initial','2026-12-07 00:36:45.032263');
INSERT INTO "django_migrations" VALUES(177,'api','0002_editor_permissions','2026-12-07 00:36:45.153595');
INSERT INTO "django_migrations" VALUES(178,'home','0001_initial','2026-12-07 00:36:45.918212');
INSERT INTO "django_migrations" VALUES(179,'home','0002_initial','2026-12-07 00:36:46.382200');
INSERT INTO "django_migrations" VALUES(180,'home','0003_page_depth_path_index','2026-12-07 00:36:46.404521');
INSERT INTO "django_migrations" VALUES(181,'home','0004_home_sections_site_settings','2026-12-07 00:36:46.770217');
INSERT INTO "django_migrations" VALUES(182,'core','0001_initial','2026-12-07 00:36:47.603411');
INSERT INTO "django_migrations" VALUES(183,'figures','0001_initial','2026-12-07 00:36:47.922294');
INSERT INTO "django_migrations" VALUES(184,'home','0005_move_to_core','2026-12-07 00:36:48.494899');
INSERT INTO "django_migrations" VALUES(185,'jobs','0001_initial','2026-12-07 00:36:49.586245');
INSERT INTO "django_migrations" VALUES(186,'jobs','0002_listing_indexes','2026-12-07 00:36:49.843711');
INSERT INTO "django_migrations" VALUES(187,'jobs','0003_move_to_taxonomy','2026-12-07 00:36:50.194459');
INSERT INTO "django_migrations" VALUES(188,'matchmaking','0003_move_to_taxonomy','2026-12-07 00:36:50.667194');
INSERT INTO "django_migrations" VALUES(189,'matchmaking','0004_brief_skills_confirmed','2026-12-07 00:36:50.730141');
INSERT INTO "django_migrations" VALUES(190,'wagtailusers','0001_initial','2026-12-07 00:36:51.375415');
INSERT INTO "django_migrations" VALUES(191,'wagtailusers','0002_add_verbose_name_on_userprofile','2026-12-07 00:36:51.591674');
INSERT INTO "django_migrations" VALUES(192,'wagtailusers','0003_add_verbose_names','2026-12-07 00:36:51.679372');
INSERT INTO "django_migrations" VALUES(193,'wagtailusers','0004_capitalizeverbose','2026-12-07 00:36:51.945287');
INSERT INTO "django_migrations" VALUES(194,'wagtailusers','0005_make_related_name_wagtail_specific','2026-12-07 00:36:52.165517');
INSERT INTO "django_migrations" VALUES(195,'wagtailusers','0006_userprofile_prefered_language','2026-12-07 00:36:52.280705');
INSERT INTO "django_migrations" VALUES(196,'wagtailusers','0007_userprofile_current_time_zone','2026-12-07 00:36:52.385206');
INSERT INTO "django_migrations" VALUES(197,'wagtailusers','0008_userprofile_avatar','2026-12-07 00:36:52.502787');
INSERT INTO "django_migrations" VALUES(198,'wagtailusers','0009_userprofile_verbose_name_plural','2026-12-07 00:36:52.600174');
INSERT INTO "django_migrations" VALUES(199,'wagtailusers','0010_userprofile_updated_comments_notifications','2026-12-07 00:36:52.720542');
INSERT INTO "django_migrations" VALUES(200,'wagtailusers','0011_userprofile_dismissibles','2026-12-07 00:36:52.828094');
INSERT INTO "django_migrations" VALUES(201,'wagtailusers','0012_userprofile_theme','2026-12-07 00:36:52.938776');
INSERT INTO "django_migrations" VALUES(202,'wagtailusers','0013_userprofile_density','2026-12-07 00:36:53.043084');
INSERT INTO "django_migrations" VALUES(203,'wagtailusers','0014_userprofile_contrast','2026-12-07 00:36:53.156013');
INSERT INTO "django_migrations" VALUES(204,'wagtailusers','0015_userprofile_keyboard_shortcuts','2026-12-07 00:36:53.648056');
INSERT INTO "django_migrations" VALUES(205,'members','0003_move_to_taxonomy','2026-12-07 00:36:54.903708');
INSERT INTO "django_migrations" VALUES(206,'members','0004_machine_translation_mark','2026-12-07 00:36:55.622266');
INSERT INTO "django_migrations" VALUES(207,'members','0005_member_email_language','2026-12-07 00:36:55.835727');
INSERT INTO "django_migrations" VALUES(208,'news','0001_initial','2026-12-07 00:36:56.472829');
INSERT INTO "django_migrations" VALUES(209,'news','0002_listing_indexes','2026-12-07 00:36:56.637279');
INSERT INTO "django_migrations" VALUES(210,'portal_search','0001_initial','2026-12-07 00:36:56.870320');
INSERT INTO "django_migrations" VALUES(211,'portal_search','0002_text_languages','2026-12-07 00:36:57.567700');
INSERT INTO "django_migrations" VALUES(212,'portal_search','0003_engine_repair','2026-12-07 00:36:57.580163');
INSERT INTO "django_migrations" VALUES(213,'portal_search','0004_card_picture','2026-12-07 00:36:57.721241');
INSERT INTO "django_migrations" VALUES(214,'portrait','0001_initial','2026-12-07 00:36:58.411433');
INSERT INTO "django_migrations" VALUES(215,'sessions','0001_initial','2026-12-07 00:36:58.450235');
INSERT INTO "django_migrations" VALUES(216,'taxonomy','0002_load_taxonomy','2026-12-07 00:36:58.786251');
INSERT INTO "django_migrations" VALUES(217,'taxonomy','0003_skill_roles','2026-12-07 00:36:59.620632');
INSERT INTO "django_migrations" VALUES(218,'taxonomy','0004_more_role_nouns','2026-12-07 00:36:59.777466');
INSERT INTO "django_migrations" VALUES(219,'taxonomy','0005_brief_words','2026-12-07 00:36:59.895788');
INSERT INTO "django_migrations" VALUES(220,'taxonomy','0006_everyday_words','2026-12-07 00:37:00.051398');
INSERT INTO "django_migrations" VALUES(221,'wagtail_localize','0002_translation','2026-12-07 00:37:00.241804');
INSERT INTO "django_migrations" VALUES(222,'wagtail_localize','0003_delete_translation_sources','2026-12-07 00:37:00.402847');
INSERT INTO "django_migrations" VALUES(223,'wagtail_localize','0004_one_source_per_objectlocale','2026-12-07 00:37:00.583721');
INSERT INTO "django_migrations" VALUES(224,'wagtail_localize','0005_remove_translationsource_object','2026-12-07 00:37:00.789278');
INSERT INTO "django_migrations" VALUES(225,'wagtail_localize','0006_create_submit_translation_permission','2026-12-07 00:37:01.244085');
INSERT INTO "django_migrations" VALUES(226,'wagtail_localize','0007_stringtranslation_type_and_tool_name','2026-12-07 00:37:01.330536');
INSERT INTO "django_migrations" VALUES(227,'wagtail_localize','0008_stringtranslation_last_translated_by','2026-12-07 00:37:01.484717');
INSERT INTO "django_migrations" VALUES(228,'wagtail_localize','0009_stringtranslation_errors','2026-12-07 00:37:01.647494');
INSERT INTO "django_migrations" VALUES(229,'wagtail_localize','0010_overridablesegment','2026-12-07 00:37:01.804461');
INSERT INTO "django_migrations" VALUES(230,'wagtail_localize','0011_segmentoverride','2026-12-07 00:37:01.958260');
INSERT INTO "django_migrations" VALUES(231,'wagtail_localize','0012_localesynchronization','2026-12-07 00:37:02.105439');
INSERT INTO "django_migrations" VALUES(232,'wagtail_localize','0013_translationsource_schema_version','2026-12-07 00:37:02.181253');
INSERT INTO "django_migrations" VALUES(233,'wagtail_localize','0014_remove_translation_source_last_updated_at','2026-12-07 00:37:02.241177');
INSERT INTO "django_migrations" VALUES(234,'wagtail_localize','0015_translationcontext_field_path','2026-12-07 00:37:02.284828');
INSERT INTO "django_migrations" VALUES(235,'wagtail_localize','0016_rename_page_revision_translationlog_revision','2026-12-07 00:37:02.350572');
INSERT INTO "django_migrations" VALUES(236,'wagtailadmin','0002_admin','2026-12-07 00:37:02.364333');
INSERT INTO "django_migrations" VALUES(237,'wagtailadmin','0003_admin_managed','2026-12-07 00:37:02.380142');
INSERT INTO "django_migrations" VALUES(238,'wagtailadmin','0004_editingsession','2026-12-07 00:37:02.810275');
INSERT INTO "django_migrations" VALUES(239,'wagtailadmin','0005_editingsession_is_editing','2026-12-07 00:37:02.930307');
INSERT INTO "django_migrations" VALUES(240,'wagtailadmin','0006_formstate','2026-12-07 00:37:03.090266');
INSERT INTO "django_migrations" VALUES(241,'wagtailembeds','0001_initial','2026-12-07 00:37:03.116582');
INSERT INTO "django_migrations" VALUES(242,'wagtailembeds','0002_add_verbose_names','2026-12-07 00:37:03.146430');
INSERT INTO "django_migrations" VALUES(243,'wagtailembeds','0003_capitalizeverbose','2026-12-07 00:37:03.167572');
INSERT INTO "django_migrations" VALUES(244,'wagtailembeds','0004_embed_verbose_name_plural','2026-12-07 00:37:03.194171');
INSERT INTO "django_migrations" VALUES(245,'wagtailembeds','0005_specify_thumbnail_url_max_length','2026-12-07 00:37:03.236145');
INSERT INTO "django_migrations" VALUES(246,'wagtailembeds','0006_add_embed_hash','2026-12-07 00:37:03.271835');
INSERT INTO "django_migrations" VALUES(247,'wagtailembeds','0007_populate_hash','2026-12-07 00:37:03.430656');
INSERT INTO "django_migrations" VALUES(248,'wagtailembeds','0008_allow_long_urls','2026-12-07 00:37:03.583284');
INSERT INTO "django_migrations" VALUES(249,'wagtailembeds','0009_embed_cache_until','2026-12-07 00:37:03.642332');
INSERT INTO "django_migrations" VALUES(250,'wagtailforms','0001_initial','2026-12-07 00:37:03.958371');
INSERT INTO "django_migrations" VALUES(251,'wagtailforms','0002_add_verbose_names','2026-12-07 00:37:04.201520');
INSERT INTO "django_migrations" VALUES(252,'wagtailforms','0003_capitalizeverbose','2026-12-07 00:37:04.365192');
INSERT INTO "django_migrations" VALUES(253,'wagtailforms','0004_add_verbose_name_plural','2026-12-07 00:37:04.457133');
INSERT INTO "django_migrations" VALUES(254,'wagtailforms','0005_alter_formsubmission_form_data','2026-12-07 00:37:04.561592');
INSERT INTO "django_migrations" VALUES(255,'wagtailredirects','0001_initial','2026-12-07 00:37:05.297025');
INSERT INTO "django_migrations" VALUES(256,'wagtailredirects','0002_add_verbose_names','2026-12-07 00:37:05.640297');
INSERT INTO "django_migrations" VALUES(257,'wagtailredirects','0003_make_site_field_editable','2026-12-07 00:37:05.889088');
INSERT INTO "django_migrations" VALUES(258,'wagtailredirects','0004_set_unique_on_path_and_site','2026-12-07 00:37:06.123783');
INSERT INTO "django_migrations" VALUES(259,'wagtailredirects','0005_capitalizeverbose','2026-12-07 00:37:07.255977');
INSERT INTO "django_migrations" VALUES(260,'wagtailredirects','0006_redirect_increase_max_length','2026-12-07 00:37:07.446939');
INSERT INTO "django_migrations" VALUES(261,'wagtailredirects','0007_add_autocreate_fields','2026-12-07 00:37:07.931472');
INSERT INTO "django_migrations" VALUES(262,'wagtailredirects','0008_add_verbose_name_plural','2026-12-07 00:37:08.068590');
INSERT INTO "django_migrations" VALUES(263,'wagtailsearch','0001_initial','2026-12-07 00:37:08.703242');
INSERT INTO "django_migrations" VALUES(264,'wagtailsearch','0002_add_verbose_names','2026-12-07 00:37:09.890718');
INSERT INTO "django_migrations" VALUES(265,'wagtailsearch','0003_remove_editors_pick','2026-12-07 00:37:09.910483');
INSERT INTO "django_migrations" VALUES(266,'wagtailsearch','0004_querydailyhits_verbose_name_plural','2026-12-07 00:37:09.938922');
INSERT INTO "django_migrations" VALUES(267,'wagtailsearch','0005_create_indexentry','2026-12-07 00:37:10.354357');
INSERT INTO "django_migrations" VALUES(268,'wagtailsearch','0006_customise_indexentry','2026-12-07 00:37:10.948804');
INSERT INTO "django_migrations" VALUES(269,'wagtailsearch','0007_delete_editorspick','2026-12-07 00:37:10.986454');
INSERT INTO "django_migrations" VALUES(270,'wagtailsearch','0008_remove_query_and_querydailyhits_models','2026-12-07 00:37:11.083504');
INSERT INTO "django_migrations" VALUES(271,'wagtailsearch','0009_remove_ngram_autocomplete','2026-12-07 00:37:11.094197');
INSERT INTO "django_migrations" VALUES(272,'wagtailsearch','0010_add_text_fields','2026-12-07 00:37:11.104258');
INSERT INTO "django_migrations" VALUES(273,'wagtailimages','0001_squashed_0021','2026-12-07 00:37:11.158575');
INSERT INTO "django_migrations" VALUES(274,'wagtailcore','0001_squashed_0016_change_page_url_path_to_text_field','2026-12-07 00:37:11.182257');
INSERT INTO "auth_group_permissions" VALUES(1,2,1);
INSERT INTO "auth_group_permissions" VALUES(2,2,2);
INSERT INTO "auth_group_permissions" VALUES(3,2,3);
INSERT INTO "auth_group_permissions" VALUES(4,1,1);
INSERT INTO "auth_group_permissions" VALUES(5,1,2);
INSERT INTO "auth_group_permissions" VALUES(6,1,3);
INSERT INTO "auth_group_permissions" VALUES(7,2,4);
INSERT INTO "auth_group_permissions" VALUES(8,1,4);
INSERT INTO "auth_group_permissions" VALUES(9,2,5);
INSERT INTO "auth_group_permissions" VALUES(10,1,5);
INSERT INTO "auth_group_permissions" VALUES(11,2,8);
INSERT INTO "auth_group_permissions" VALUES(12,2,6);
INSERT INTO "auth_group_permissions" VALUES(13,2,7);
INSERT INTO "auth_group_permissions" VALUES(14,1,8);
INSERT INTO "auth_group_permissions" VALUES(15,1,6);
INSERT INTO "auth_group_permissions" VALUES(16,1,7);
INSERT INTO "auth_group_permissions" VALUES(17,2,9);
INSERT INTO "auth_group_permissions" VALUES(18,1,9);
INSERT INTO "auth_group_permissions" VALUES(19,2,118);
INSERT INTO "auth_group_permissions" VALUES(20,1,118);
INSERT INTO "auth_group_permissions" VALUES(21,2,119);
INSERT INTO "auth_group_permissions" VALUES(22,1,119);
INSERT INTO "auth_group_permissions" VALUES(23,2,120);
INSERT INTO "auth_group_permissions" VALUES(24,1,120);
INSERT INTO "auth_group_permissions" VALUES(25,2,121);
INSERT INTO "auth_group_permissions" VALUES(26,1,121);
INSERT INTO "auth_group_permissions" VALUES(27,2,122);
INSERT INTO "auth_group_permissions" VALUES(28,1,122);
INSERT INTO "auth_group_permissions" VALUES(29,2,123);
INSERT INTO "auth_group_permissions" VALUES(30,1,123);
INSERT INTO "auth_group_permissions" VALUES(31,2,124);
INSERT INTO "auth_group_permissions" VALUES(32,1,124);
INSERT INTO "auth_group_permissions" VALUES(33,2,125);
INSERT INTO "auth_group_permissions" VALUES(34,1,125);
INSERT INTO "auth_group_permissions" VALUES(35,2,126);
INSERT INTO "auth_group_permissions" VALUES(36,1,126);
INSERT INTO "auth_group_permissions" VALUES(37,2,127);
INSERT INTO "auth_group_permissions" VALUES(38,1,127);
INSERT INTO "auth_group_permissions" VALUES(39,2,128);
INSERT INTO "auth_group_permissions" VALUES(40,1,128);
INSERT INTO "auth_group_permissions" VALUES(41,2,129);
INSERT INTO "auth_group_permissions" VALUES(42,1,129);
INSERT INTO "wagtailcore_collection" VALUES(1,'0001',1,0,'Root');
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(1,1,2,1);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(2,1,1,1);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(3,1,2,2);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(4,1,1,2);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(5,1,2,5);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(6,1,1,5);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(7,1,2,6);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(8,1,1,6);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(9,1,2,7);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(10,1,1,7);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(11,1,2,9);
INSERT INTO "wagtailcore_groupcollectionpermission" VALUES(12,1,1,9);
INSERT INTO "wagtailcore_site" VALUES(1,'127.0.0.1',8000,1,2,'');
INSERT INTO "django_content_type" VALUES(1,'wagtailcore','page');
INSERT INTO "django_content_type" VALUES(2,'wagtailimages','image');
INSERT INTO "django_content_type" VALUES(3,'wagtailadmin','admin');
INSERT INTO "django_content_type" VALUES(4,'wagtaildocs','document');
INSERT INTO "django_content_type" VALUES(5,'wagtailcore','groupapprovaltask');
INSERT INTO "django_content_type" VALUES(6,'wagtailcore','locale');
INSERT INTO "django_content_type" VALUES(7,'wagtailcore','site');
INSERT INTO "django_content_type" VALUES(8,'wagtailcore','groupsitepermission');
INSERT INTO "django_content_type" VALUES(9,'wagtailcore','apitoken');
INSERT INTO "django_content_type" VALUES(10,'wagtailcore','modellogentry');
INSERT INTO "django_content_type" VALUES(11,'wagtailcore','revision');
INSERT INTO "django_content_type" VALUES(12,'wagtailcore','collectionviewrestriction');
INSERT INTO "django_content_type" VALUES(13,'wagtailcore','collection');
INSERT INTO "django_content_type" VALUES(14,'wagtailcore','groupcollectionpermission');
INSERT INTO "django_content_type" VALUES(15,'wagtailcore','uploadedfile');
INSERT INTO "django_content_type" VALUES(16,'wagtailcore','workflowcontenttype');
INSERT INTO "django_content_type" VALUES(17,'wagtailcore','workflowstate');
INSERT INTO "django_content_type" VALUES(18,'wagtailcore','workflow');
INSERT INTO "django_content_type" VALUES(19,'wagtailcore','workflowtask');
INSERT INTO "django_content_type" VALUES(20,'wagtailcore','task');
INSERT INTO "django_content_type" VALUES(21,'wagtailcore','taskstate');
INSERT INTO "django_content_type" VALUES(22,'wagtailcore','grouppagepermission');
INSERT INTO "django_content_type" VALUES(23,'wagtailcore','pageviewrestriction');
INSERT INTO "django_content_type" VALUES(24,'wagtailcore','workflowpage');
INSERT INTO "django_content_type" VALUES(25,'wagtailcore','pagelogentry');
INSERT INTO "django_content_type" VALUES(26,'wagtailcore','comment');
INSERT INTO "django_content_type" VALUES(27,'wagtailcore','commentreply');
INSERT INTO "django_content_type" VALUES(28,'wagtailcore','pagesubscription');
INSERT INTO "django_content_type" VALUES(29,'wagtailcore','referenceindex');
INSERT INTO "django_content_type" VALUES(30,'matchmaking','brief');
INSERT INTO "django_content_type" VALUES(31,'matchmaking','briefrecipient');
INSERT INTO "django_content_type" VALUES(32,'taxonomy','skill');
INSERT INTO "django_content_type" VALUES(33,'api','webhookendpoint');
INSERT INTO "django_content_type" VALUES(34,'api','webhookdelivery');
INSERT INTO "django_content_type" VALUES(35,'wagtail_localize','translation');
INSERT INTO "django_content_type" VALUES(36,'core','sociallinks');
INSERT INTO "django_content_type" VALUES(37,'core','sitesettings');
INSERT INTO "django_content_type" VALUES(38,'core','footertext');
INSERT INTO "django_content_type" VALUES(39,'taxonomy','branch');
INSERT INTO "django_content_type" VALUES(40,'taxonomy','spokenlanguage');
INSERT INTO "django_content_type" VALUES(41,'home','homepage');
INSERT INTO "django_content_type" VALUES(42,'home','standardpage');
INSERT INTO "django_content_type" VALUES(43,'alerts','subscription');
INSERT INTO "django_content_type" VALUES(44,'alerts','digest');
INSERT INTO "django_content_type" VALUES(45,'members','branchpage');
INSERT INTO "django_content_type" VALUES(46,'members','directorypage');
INSERT INTO "django_content_type" VALUES(47,'members','memberpage');
INSERT INTO "django_content_type" VALUES(48,'members','membertag');
INSERT INTO "django_content_type" VALUES(49,'members','sociallink');
INSERT INTO "django_content_type" VALUES(50,'members','portfolioitem');
INSERT INTO "django_content_type" VALUES(51,'members','accountdeletion');
INSERT INTO "django_content_type" VALUES(52,'members','contactmessage');
INSERT INTO "django_content_type" VALUES(53,'members','membershipapplication');
INSERT INTO "django_content_type" VALUES(54,'members','monthlystat');
INSERT INTO "django_content_type" VALUES(55,'members','translationreview');
INSERT INTO "django_content_type" VALUES(56,'portal_search','indexstate');
INSERT INTO "django_content_type" VALUES(57,'portal_search','memberdocument');
INSERT INTO "django_content_type" VALUES(58,'portal_search','enginerepair');
INSERT INTO "django_content_type" VALUES(59,'news','newscategory');
INSERT INTO "django_content_type" VALUES(60,'news','newsindexpage');
INSERT INTO "django_content_type" VALUES(61,'news','newspage');
INSERT INTO "django_content_type" VALUES(62,'news','newstag');
INSERT INTO "django_content_type" VALUES(63,'agenda','agendapage');
INSERT INTO "django_content_type" VALUES(64,'agenda','eventpage');
INSERT INTO "django_content_type" VALUES(65,'jobs','collaborationindexpage');
INSERT INTO "django_content_type" VALUES(66,'jobs','collaborationpage');
INSERT INTO "django_content_type" VALUES(67,'jobs','jobindexpage');
INSERT INTO "django_content_type" VALUES(68,'jobs','jobpage');
INSERT INTO "django_content_type" VALUES(69,'portrait','portraiteditionpage');
INSERT INTO "django_content_type" VALUES(70,'portrait','portraitindexpage');
INSERT INTO "django_content_type" VALUES(71,'portrait','portraitstorypage');
INSERT INTO "django_content_type" VALUES(72,'figures','statisticspage');
INSERT INTO "django_content_type" VALUES(73,'figures','figure');
INSERT INTO "django_content_type" VALUES(74,'wagtail_localize','string');
INSERT INTO "django_content_type" VALUES(75,'wagtail_localize','template');
INSERT INTO "django_content_type" VALUES(76,'wagtail_localize','translatableobject');
INSERT INTO "django_content_type" VALUES(77,'wagtail_localize','translationsource');
INSERT INTO "django_content_type" VALUES(78,'wagtail_localize','translationlog');
INSERT INTO "django_content_type" VALUES(79,'wagtail_localize','translationcontext');
INSERT INTO "django_content_type" VALUES(80,'wagtail_localize','templatesegment');
INSERT INTO "django_content_type" VALUES(81,'wagtail_localize','stringsegment');
INSERT INTO "django_content_type" VALUES(82,'wagtail_localize','relatedobjectsegment');
INSERT INTO "django_content_type" VALUES(83,'wagtail_localize','stringtranslation');
INSERT INTO "django_content_type" VALUES(84,'wagtail_localize','overridablesegment');
INSERT INTO "django_content_type" VALUES(85,'wagtail_localize','segmentoverride');
INSERT INTO "django_content_type" VALUES(86,'wagtail_localize','localesynchronization');
INSERT INTO "django_content_type" VALUES(87,'wagtailforms','formsubmission');
INSERT INTO "django_content_type" VALUES(88,'wagtailredirects','redirect');
INSERT INTO "django_content_type" VALUES(89,'wagtailembeds','embed');
INSERT INTO "django_content_type" VALUES(90,'wagtailusers','userprofile');
INSERT INTO "django_content_type" VALUES(91,'wagtailimages','rendition');
INSERT INTO "django_content_type" VALUES(92,'wagtailsearch','indexentry');
INSERT INTO "django_content_type" VALUES(93,'wagtailsearch','sqliteftsindexentry');
INSERT INTO "django_content_type" VALUES(94,'wagtailadmin','editingsession');
INSERT INTO "django_content_type" VALUES(95,'wagtailadmin','formstate');
INSERT INTO "django_content_type" VALUES(96,'taggit','tag');
INSERT INTO "django_content_type" VALUES(97,'taggit','taggeditem');
INSERT INTO "django_content_type" VALUES(98,'admin','logentry');
INSERT INTO "django_content_type" VALUES(99,'auth','permission');
INSERT INTO "django_content_type" VALUES(100,'auth','group');
INSERT INTO "django_content_type" VALUES(101,'auth','user');
INSERT INTO "django_content_type" VALUES(102,'contenttypes','contenttype');
INSERT INTO "django_content_type" VALUES(103,'sessions','session');
INSERT INTO "auth_permission" VALUES(1,2,'add_image','Can add image');
INSERT INTO "auth_permission" VALUES(2,2,'change_image','Can change image');
INSERT INTO "auth_permission" VALUES(3,2,'delete_image','Can delete image');
INSERT INTO "auth_permission" VALUES(4,3,'access_admin','Can access Wagtail admin');
INSERT INTO "auth_permission" VALUES(5,2,'choose_image','Can choose image');
INSERT INTO "auth_permission" VALUES(6,4,'add_document','Can add document');
INSERT INTO "auth_permission" VALUES(7,4,'change_document','Can change document');
INSERT INTO "auth_permission" VALUES(8,4,'delete_document','Can delete document');
INSERT INTO "auth_permission" VALUES(9,4,'choose_document','Can choose document');
INSERT INTO "auth_permission" VALUES(10,6,'add_locale','Can add locale');
INSERT INTO "auth_permission" VALUES(11,6,'change_locale','Can change locale');
INSERT INTO "auth_permission" VALUES(12,6,'delete_locale','Can delete locale');
INSERT INTO "auth_permission" VALUES(13,6,'view_locale','Can view locale');
INSERT INTO "auth_permission" VALUES(14,7,'add_site','Can add site');
INSERT INTO "auth_permission" VALUES(15,7,'change_site','Can change site');
INSERT INTO "auth_permission" VALUES(16,7,'delete_site','Can delete site');
INSERT INTO "auth_permission" VALUES(17,7,'view_site','Can view site');
INSERT INTO "auth_permission" VALUES(18,8,'add_groupsitepermission','Can add group site permission');
INSERT INTO "auth_permission" VALUES(19,8,'change_groupsitepermission','Can change group site permission');
INSERT INTO "auth_permission" VALUES(20,8,'delete_groupsitepermission','Can delete group site permission');
INSERT INTO "auth_permission" VALUES(21,8,'view_groupsitepermission','Can view group site permission');
INSERT INTO "auth_permission" VALUES(22,9,'add_apitoken','Can add API token');
INSERT INTO "auth_permission" VALUES(23,9,'change_apitoken','Can change API token');
INSERT INTO "auth_permission" VALUES(24,9,'delete_apitoken','Can delete API token');
INSERT INTO "auth_permission" VALUES(25,9,'view_apitoken','Can view API token');
INSERT INTO "auth_permission" VALUES(26,10,'add_modellogentry','Can add model log entry');
INSERT INTO "auth_permission" VALUES(27,10,'change_modellogentry','Can change model log entry');
INSERT INTO "auth_permission" VALUES(28,10,'delete_modellogentry','Can delete model log entry');
INSERT INTO "auth_permission" VALUES(29,10,'view_modellogentry','Can view model log entry');
INSERT INTO "auth_permission" VALUES(30,11,'add_revision','Can add revision');
INSERT INTO "auth_permission" VALUES(31,11,'change_revision','Can change revision');
INSERT INTO "auth_permission" VALUES(32,11,'delete_revision','Can delete revision');
INSERT INTO "auth_permission" VALUES(33,11,'view_revision','Can view revision');
INSERT INTO "auth_permission" VALUES(34,12,'add_collectionviewrestriction','Can add collection view restriction');
INSERT INTO "auth_permission" VALUES(35,12,'change_collectionviewrestriction','Can change collection view restriction');
INSERT INTO "auth_permission" VALUES(36,12,'delete_collectionviewrestriction','Can delete collection view restriction');
INSERT INTO "auth_permission" VALUES(37,12,'view_collectionviewrestriction','Can view collection view restriction');
INSERT INTO "auth_permission" VALUES(38,13,'add_collection','Can add collection');
INSERT INTO "auth_permission" VALUES(39,13,'change_collection','Can change collection');
INSERT INTO "auth_permission" VALUES(40,13,'delete_collection','Can delete collection');
INSERT INTO "auth_permission" VALUES(41,13,'view_collection','Can view collection');
INSERT INTO "auth_permission" VALUES(42,14,'add_groupcollectionpermission','Can add group collection permission');
INSERT INTO "auth_permission" VALUES(43,14,'change_groupcollectionpermission','Can change group collection permission');
INSERT INTO "auth_permission" VALUES(44,14,'delete_groupcollectionpermission','Can delete group collection permission');
INSERT INTO "auth_permission" VALUES(45,14,'view_groupcollectionpermission','Can view group collection permission');
INSERT INTO "auth_permission" VALUES(46,15,'add_uploadedfile','Can add uploaded file');
INSERT INTO "auth_permission" VALUES(47,15,'change_uploadedfile','Can change uploaded file');
INSERT INTO "auth_permission" VALUES(48,15,'delete_uploadedfile','Can delete uploaded file');
INSERT INTO "auth_permission" VALUES(49,15,'view_uploadedfile','Can view uploaded file');
INSERT INTO "auth_permission" VALUES(50,16,'add_workflowcontenttype','Can add workflow content type');
INSERT INTO "auth_permission" VALUES(51,16,'change_workflowcontenttype','Can change workflow content type');
INSERT INTO "auth_permission" VALUES(52,16,'delete_workflowcontenttype','Can delete workflow content type');
INSERT INTO "auth_permission" VALUES(53,16,'view_workflowcontenttype','Can view workflow content type');
INSERT INTO "auth_permission" VALUES(54,17,'add_workflowstate','Can add Workflow state');
INSERT INTO "auth_permission" VALUES(55,17,'change_workflowstate','Can change Workflow state');
INSERT INTO "auth_permission" VALUES(56,17,'delete_workflowstate','Can delete Workflow state');
INSERT INTO "auth_permission" VALUES(57,17,'view_workflowstate','Can view Workflow state');
INSERT INTO "auth_permission" VALUES(58,18,'add_workflow','Can add workflow');
INSERT INTO "auth_permission" VALUES(59,18,'change_workflow','Can change workflow');
INSERT INTO "auth_permission" VALUES(60,18,'delete_workflow','Can delete workflow');
INSERT INTO "auth_permission" VALUES(61,18,'view_workflow','Can view workflow');
INSERT INTO "auth_permission" VALUES(62,19,'add_workflowtask','Can add workflow task order');
INSERT INTO "auth_permission" VALUES(63,19,'change_workflowtask','Can change workflow task order');
INSERT INTO "auth_permission" VALUES(64,19,'delete_workflowtask','Can delete workflow task order');
INSERT INTO "auth_permission" VALUES(65,19,'view_workflowtask','Can view workflow task order');
INSERT INTO "auth_permission" VALUES(66,20,'add_task','Can add task');
INSERT INTO "auth_permission" VALUES(67,20,'change_task','Can change task');
INSERT INTO "auth_permission" VALUES(68,20,'delete_task','Can delete task');
INSERT INTO "auth_permission" VALUES(69,20,'view_task','Can view task');
INSERT INTO "auth_permission" VALUES(70,5,'add_groupapprovaltask','Can add Group approval task');
INSERT INTO "auth_permission" VALUES(71,5,'change_groupapprovaltask','Can change Group approval task');
INSERT INTO "auth_permission" VALUES(72,5,'delete_groupapprovaltask','Can delete Group approval task');
INSERT INTO "auth_permission" VALUES(73,5,'view_groupapprovaltask','Can view Group approval task');
INSERT INTO "auth_permission" VALUES(74,21,'add_taskstate','Can add Task state');
INSERT INTO "auth_permission" VALUES(75,21,'change_taskstate','Can change Task state');
INSERT INTO "auth_permission" VALUES(76,21,'delete_taskstate','Can delete Task state');
INSERT INTO "auth_permission" VALUES(77,21,'view_taskstate','Can view Task state');
INSERT INTO "auth_permission" VALUES(78,1,'add_page','Can add page');
INSERT INTO "auth_permission" VALUES(79,1,'change_page','Can change page');
INSERT INTO "auth_permission" VALUES(80,1,'delete_page','Can delete page');
INSERT INTO "auth_permission" VALUES(81,1,'view_page','Can view page');
INSERT INTO "auth_permission" VALUES(82,1,'bulk_delete_page','Delete pages with children');
INSERT INTO "auth_permission" VALUES(83,1,'lock_page','Lock/unlock pages you''ve locked');
INSERT INTO "auth_permission" VALUES(84,1,'publish_page','Publish any page');
INSERT INTO "auth_permission" VALUES(85,1,'unlock_page','Unlock any page');
INSERT INTO "auth_permission" VALUES(86,22,'add_grouppagepermission','Can add group page permission');
INSERT INTO "auth_permission" VALUES(87,22,'change_grouppagepermission','Can change group page permission');
INSERT INTO "auth_permission" VALUES(88,22,'delete_grouppagepermission','Can delete group page permission');
INSERT INTO "auth_permission" VALUES(89,22,'view_grouppagepermission','Can view group page permission');
INSERT INTO "auth_permission" VALUES(90,23,'add_pageviewrestriction','Can add page view restriction');
INSERT INTO "auth_permission" VALUES(91,23,'change_pageviewrestriction','Can change page view restriction');
INSERT INTO "auth_permission" VALUES(92,23,'delete_pageviewrestriction','Can delete page view restriction');
INSERT INTO "auth_permission" VALUES(93,23,'view_pageviewrestriction','Can view page view restriction');
INSERT INTO "auth_permission" VALUES(94,24,'add_workflowpage','Can add workflow page');
INSERT INTO "auth_permission" VALUES(95,24,'change_workflowpage','Can change workflow page');
INSERT INTO "auth_permission" VALUES(96,24,'delete_workflowpage','Can delete workflow page');
INSERT INTO "auth_permission" VALUES(97,24,'view_workflowpage','Can view workflow page');
INSERT INTO "auth_permission" VALUES(98,25,'add_pagelogentry','Can add page log entry');
INSERT INTO "auth_permission" VALUES(99,25,'change_pagelogentry','Can change page log entry');
INSERT INTO "auth_permission" VALUES(100,25,'delete_pagelogentry','Can delete page log entry');
INSERT INTO "auth_permission" VALUES(101,25,'view_pagelogentry','Can view page log entry');
INSERT INTO "auth_permission" VALUES(102,26,'add_comment','Can add comment');
INSERT INTO "auth_permission" VALUES(103,26,'change_comment','Can change comment');
INSERT INTO "auth_permission" VALUES(104,26,'delete_comment','Can delete comment');
INSERT INTO "auth_permission" VALUES(105,26,'view_comment','Can view comment');
INSERT INTO "auth_permission" VALUES(106,27,'add_commentreply','Can add comment reply');
INSERT INTO "auth_permission" VALUES(107,27,'change_commentreply','Can change comment reply');
INSERT INTO "auth_permission" VALUES(108,27,'delete_commentreply','Can delete comment reply');
INSERT INTO "auth_permission" VALUES(109,27,'view_commentreply','Can view comment reply');
INSERT INTO "auth_permission" VALUES(110,28,'add_pagesubscription','Can add page subscription');
INSERT INTO "auth_permission" VALUES(111,28,'change_pagesubscription','Can change page subscription');
INSERT INTO "auth_permission" VALUES(112,28,'delete_pagesubscription','Can delete page subscription');
INSERT INTO "auth_permission" VALUES(113,28,'view_pagesubscription','Can view page subscription');
INSERT INTO "auth_permission" VALUES(114,29,'add_referenceindex','Can add reference index');
INSERT INTO "auth_permission" VALUES(115,29,'change_referenceindex','Can change reference index');
INSERT INTO "auth_permission" VALUES(116,29,'delete_referenceindex','Can delete reference index');
INSERT INTO "auth_permission" VALUES(117,29,'view_referenceindex','Can view reference index');
INSERT INTO "auth_permission" VALUES(118,30,'view_brief','Can view brief');
INSERT INTO "auth_permission" VALUES(119,31,'view_briefrecipient','Can view briefrecipient');
INSERT INTO "auth_permission" VALUES(120,32,'add_skill','Can add skill');
INSERT INTO "auth_permission" VALUES(121,32,'change_skill','Can change skill');
INSERT INTO "auth_permission" VALUES(122,32,'delete_skill','Can delete skill');
INSERT INTO "auth_permission" VALUES(123,32,'view_skill','Can view skill');
INSERT INTO "auth_permission" VALUES(124,33,'add_webhookendpoint','Can add webhookendpoint');
INSERT INTO "auth_permission" VALUES(125,33,'change_webhookendpoint','Can change webhookendpoint');
INSERT INTO "auth_permission" VALUES(126,33,'delete_webhookendpoint','Can delete webhookendpoint');
INSERT INTO "auth_permission" VALUES(127,33,'view_webhookendpoint','Can view webhookendpoint');
INSERT INTO "auth_permission" VALUES(128,34,'view_webhookdelivery','Can view webhookdelivery');
INSERT INTO "auth_permission" VALUES(129,35,'submit_translation','Can submit translations');
INSERT INTO "auth_permission" VALUES(130,36,'add_sociallinks','Can add social links');
INSERT INTO "auth_permission" VALUES(131,36,'change_sociallinks','Can change social links');
INSERT INTO "auth_permission" VALUES(132,36,'delete_sociallinks','Can delete social links');
INSERT INTO "auth_permission" VALUES(133,36,'view_sociallinks','Can view social links');
INSERT INTO "auth_permission" VALUES(134,37,'add_sitesettings','Can add site settings');
INSERT INTO "auth_permission" VALUES(135,37,'change_sitesettings','Can change site settings');
INSERT INTO "auth_permission" VALUES(136,37,'delete_sitesettings','Can delete site settings');
INSERT INTO "auth_permission" VALUES(137,37,'view_sitesettings','Can view site settings');
INSERT INTO "auth_permission" VALUES(138,38,'add_footertext','Can add footer text');
INSERT INTO "auth_permission" VALUES(139,38,'change_footertext','Can change footer text');
INSERT INTO "auth_permission" VALUES(140,38,'delete_footertext','Can delete footer text');
INSERT INTO "auth_permission" VALUES(141,38,'view_footertext','Can view footer text');
INSERT INTO "auth_permission" VALUES(142,39,'add_branch','Can add branch');
INSERT INTO "auth_permission" VALUES(143,39,'change_branch','Can change branch');
INSERT INTO "auth_permission" VALUES(144,39,'delete_branch','Can delete branch');
INSERT INTO "auth_permission" VALUES(145,39,'view_branch','Can view branch');
INSERT INTO "auth_permission" VALUES(146,40,'add_spokenlanguage','Can add spoken language');
INSERT INTO "auth_permission" VALUES(147,40,'change_spokenlanguage','Can change spoken language');
INSERT INTO "auth_permission" VALUES(148,40,'delete_spokenlanguage','Can delete spoken language');
INSERT INTO "auth_permission" VALUES(149,40,'view_spokenlanguage','Can view spoken language');
INSERT INTO "auth_permission" VALUES(150,41,'add_homepage','Can add home page');
INSERT INTO "auth_permission" VALUES(151,41,'change_homepage','Can change home page');
INSERT INTO "auth_permission" VALUES(152,41,'delete_homepage','Can delete home page');
INSERT INTO "auth_permission" VALUES(153,41,'view_homepage','Can view home page');
INSERT INTO "auth_permission" VALUES(154,42,'add_standardpage','Can add standard page');
INSERT INTO "auth_permission" VALUES(155,42,'change_standardpage','Can change standard page');
INSERT INTO "auth_permission" VALUES(156,42,'delete_standardpage','Can delete standard page');
INSERT INTO "auth_permission" VALUES(157,42,'view_standardpage','Can view standard page');
INSERT INTO "auth_permission" VALUES(158,43,'add_subscription','Can add alert subscription');
INSERT INTO "auth_permission" VALUES(159,43,'change_subscription','Can change alert subscription');
INSERT INTO "auth_permission" VALUES(160,43,'delete_subscription','Can delete alert subscription');
INSERT INTO "auth_permission" VALUES(161,43,'view_subscription','Can view alert subscription');
INSERT INTO "auth_permission" VALUES(162,44,'add_digest','Can add digest sent');
INSERT INTO "auth_permission" VALUES(163,44,'change_digest','Can change digest sent');
INSERT INTO "auth_permission" VALUES(164,44,'delete_digest','Can delete digest sent');
INSERT INTO "auth_permission" VALUES(165,44,'view_digest','Can view digest sent');
INSERT INTO "auth_permission" VALUES(166,45,'add_branchpage','Can add branch page');
INSERT INTO "auth_permission" VALUES(167,45,'change_branchpage','Can change branch page');
INSERT INTO "auth_permission" VALUES(168,45,'delete_branchpage','Can delete branch page');
INSERT INTO "auth_permission" VALUES(169,45,'view_branchpage','Can view branch page');
INSERT INTO "auth_permission" VALUES(170,46,'add_directorypage','Can add directory page');
INSERT INTO "auth_permission" VALUES(171,46,'change_directorypage','Can change directory page');
INSERT INTO "auth_permission" VALUES(172,46,'delete_directorypage','Can delete directory page');
INSERT INTO "auth_permission" VALUES(173,46,'view_directorypage','Can view directory page');
INSERT INTO "auth_permission" VALUES(174,47,'add_memberpage','Can add member page');
INSERT INTO "auth_permission" VALUES(175,47,'change_memberpage','Can change member page');
INSERT INTO "auth_permission" VALUES(176,47,'delete_memberpage','Can delete member page');
INSERT INTO "auth_permission" VALUES(177,47,'view_memberpage','Can view member page');
INSERT INTO "auth_permission" VALUES(178,48,'add_membertag','Can add member tag');
INSERT INTO "auth_permission" VALUES(179,48,'change_membertag','Can change member tag');
INSERT INTO "auth_permission" VALUES(180,48,'delete_membertag','Can delete member tag');
INSERT INTO "auth_permission" VALUES(181,48,'view_membertag','Can view member tag');
INSERT INTO "auth_permission" VALUES(182,49,'add_sociallink','Can add social link');
INSERT INTO "auth_permission" VALUES(183,49,'change_sociallink','Can change social link');
INSERT INTO "auth_permission" VALUES(184,49,'delete_sociallink','Can delete social link');
INSERT INTO "auth_permission" VALUES(185,49,'view_sociallink','Can view social link');
INSERT INTO "auth_permission" VALUES(186,50,'add_portfolioitem','Can add portfolio item');
INSERT INTO "auth_permission" VALUES(187,50,'change_portfolioitem','Can change portfolio item');
INSERT INTO "auth_permission" VALUES(188,50,'delete_portfolioitem','Can delete portfolio item');
INSERT INTO "auth_permission" VALUES(189,50,'view_portfolioitem','Can view portfolio item');
INSERT INTO "auth_permission" VALUES(190,51,'add_accountdeletion','Can add account deletion');
INSERT INTO "auth_permission" VALUES(191,51,'change_accountdeletion','Can change account deletion');
INSERT INTO "auth_permission" VALUES(192,51,'delete_accountdeletion','Can delete account deletion');
INSERT INTO "auth_permission" VALUES(193,51,'view_accountdeletion','Can view account deletion');
INSERT INTO "auth_permission" VALUES(194,52,'add_contactmessage','Can add contact message');
INSERT INTO "auth_permission" VALUES(195,52,'change_contactmessage','Can change contact message');
INSERT INTO "auth_permission" VALUES(196,52,'delete_contactmessage','Can delete contact message');
INSERT INTO "auth_permission" VALUES(197,52,'view_contactmessage','Can view contact message');
INSERT INTO "auth_permission" VALUES(198,53,'add_membershipapplication','Can add membership application');
INSERT INTO "auth_permission" VALUES(199,53,'change_membershipapplication','Can change membership application');
INSERT INTO "auth_permission" VALUES(200,53,'delete_membershipapplication','Can delete membership application');
INSERT INTO "auth_permission" VALUES(201,53,'view_membershipapplication','Can view membership application');
INSERT INTO "auth_permission" VALUES(202,54,'add_monthlystat','Can add monthly statistic');
INSERT INTO "auth_permission" VALUES(203,54,'change_monthlystat','Can change monthly statistic');
INSERT INTO "auth_permission" VALUES(204,54,'delete_monthlystat','Can delete monthly statistic');
INSERT INTO "auth_permission" VALUES(205,54,'view_monthlystat','Can view monthly statistic');
INSERT INTO "auth_permission" VALUES(206,55,'add_translationreview','Can add translation review');
INSERT INTO "auth_permission" VALUES(207,55,'change_translationreview','Can change translation review');
INSERT INTO "auth_permission" VALUES(208,55,'delete_translationreview','Can delete translation review');
INSERT INTO "auth_permission" VALUES(209,55,'view_translationreview','Can view translation review');
INSERT INTO "auth_permission" VALUES(210,56,'add_indexstate','Can add index state');
INSERT INTO "auth_permission" VALUES(211,56,'change_indexstate','Can change index state');
INSERT INTO "auth_permission" VALUES(212,56,'delete_indexstate','Can delete index state');
INSERT INTO "auth_permission" VALUES(213,56,'view_indexstate','Can view index state');
INSERT INTO "auth_permission" VALUES(214,57,'add_memberdocument','Can add member search document');
INSERT INTO "auth_permission" VALUES(215,57,'change_memberdocument','Can change member search document');
INSERT INTO "auth_permission" VALUES(216,57,'delete_memberdocument','Can delete member search document');
INSERT INTO "auth_permission" VALUES(217,57,'view_memberdocument','Can view member search document');
INSERT INTO "auth_permission" VALUES(218,58,'add_enginerepair','Can add search engine repair');
INSERT INTO "auth_permission" VALUES(219,58,'change_enginerepair','Can change search engine repair');
INSERT INTO "auth_permission" VALUES(220,58,'delete_enginerepair','Can delete search engine repair');
INSERT INTO "auth_permission" VALUES(221,58,'view_enginerepair','Can view search engine repair');
INSERT INTO "auth_permission" VALUES(222,59,'add_newscategory','Can add news category');
INSERT INTO "auth_permission" VALUES(223,59,'change_newscategory','Can change news category');
INSERT INTO "auth_permission" VALUES(224,59,'delete_newscategory','Can delete news category');
INSERT INTO "auth_permission" VALUES(225,59,'view_newscategory','Can view news category');
INSERT INTO "auth_permission" VALUES(226,60,'add_newsindexpage','Can add news index');
INSERT INTO "auth_permission" VALUES(227,60,'change_newsindexpage','Can change news index');
INSERT INTO "auth_permission" VALUES(228,60,'delete_newsindexpage','Can delete news index');
INSERT INTO "auth_permission" VALUES(229,60,'view_newsindexpage','Can view news index');
INSERT INTO "auth_permission" VALUES(230,61,'add_newspage','Can add news article');
INSERT INTO "auth_permission" VALUES(231,61,'change_newspage','Can change news article');
INSERT INTO "auth_permission" VALUES(232,61,'delete_newspage','Can delete news article');
INSERT INTO "auth_permission" VALUES(233,61,'view_newspage','Can view news article');
INSERT INTO "auth_permission" VALUES(234,62,'add_newstag','Can add news tag');
INSERT INTO "auth_permission" VALUES(235,62,'change_newstag','Can change news tag');
INSERT INTO "auth_permission" VALUES(236,62,'delete_newstag','Can delete news tag');
INSERT INTO "auth_permission" VALUES(237,62,'view_newstag','Can view news tag');
INSERT INTO "auth_permission" VALUES(238,63,'add_agendapage','Can add agenda');
INSERT INTO "auth_permission" VALUES(239,63,'change_agendapage','Can change agenda');
INSERT INTO "auth_permission" VALUES(240,63,'delete_agendapage','Can delete agenda');
INSERT INTO "auth_permission" VALUES(241,63,'view_agendapage','Can view agenda');
INSERT INTO "auth_permission" VALUES(242,64,'add_eventpage','Can add event');
INSERT INTO "auth_permission" VALUES(243,64,'change_eventpage','Can change event');
INSERT INTO "auth_permission" VALUES(244,64,'delete_eventpage','Can delete event');
INSERT INTO "auth_permission" VALUES(245,64,'view_eventpage','Can view event');
INSERT INTO "auth_permission" VALUES(246,65,'add_collaborationindexpage','Can add collaboration requests index');
INSERT INTO "auth_permission" VALUES(247,65,'change_collaborationindexpage','Can change collaboration requests index');
INSERT INTO "auth_permission" VALUES(248,65,'delete_collaborationindexpage','Can delete collaboration requests index');
INSERT INTO "auth_permission" VALUES(249,65,'view_collaborationindexpage','Can view collaboration requests index');
INSERT INTO "auth_permission" VALUES(250,66,'add_collaborationpage','Can add collaboration request');
INSERT INTO "auth_permission" VALUES(251,66,'change_collaborationpage','Can change collaboration request');
INSERT INTO "auth_permission" VALUES(252,66,'delete_collaborationpage','Can delete collaboration request');
INSERT INTO "auth_permission" VALUES(253,66,'view_collaborationpage','Can view collaboration request');
INSERT INTO "auth_permission" VALUES(254,67,'add_jobindexpage','Can add job offers index');
INSERT INTO "auth_permission" VALUES(255,67,'change_jobindexpage','Can change job offers index');
INSERT INTO "auth_permission" VALUES(256,67,'delete_jobindexpage','Can delete job offers index');
INSERT INTO "auth_permission" VALUES(257,67,'view_jobindexpage','Can view job offers index');
INSERT INTO "auth_permission" VALUES(258,68,'add_jobpage','Can add job offer');
INSERT INTO "auth_permission" VALUES(259,68,'change_jobpage','Can change job offer');
INSERT INTO "auth_permission" VALUES(260,68,'delete_jobpage','Can delete job offer');
INSERT INTO "auth_permission" VALUES(261,68,'view_jobpage','Can view job offer');
INSERT INTO "auth_permission" VALUES(262,69,'add_portraiteditionpage','Can add portrait edition');
INSERT INTO "auth_permission" VALUES(263,69,'change_portraiteditionpage','Can change portrait edition');
INSERT INTO "auth_permission" VALUES(264,69,'delete_portraiteditionpage','Can delete portrait edition');
INSERT INTO "auth_permission" VALUES(265,69,'view_portraiteditionpage','Can view portrait edition');
INSERT INTO "auth_permission" VALUES(266,70,'add_portraitindexpage','Can add portrait index');
INSERT INTO "auth_permission" VALUES(267,70,'change_portraitindexpage','Can change portrait index');
INSERT INTO "auth_permission" VALUES(268,70,'delete_portraitindexpage','Can delete portrait index');
INSERT INTO "auth_permission" VALUES(269,70,'view_portraitindexpage','Can view portrait index');
INSERT INTO "auth_permission" VALUES(270,71,'add_portraitstorypage','Can add portrait story');
INSERT INTO "auth_permission" VALUES(271,71,'change_portraitstorypage','Can change portrait story');
INSERT INTO "auth_permission" VALUES(272,71,'delete_portraitstorypage','Can delete portrait story');
INSERT INTO "auth_permission" VALUES(273,71,'view_portraitstorypage','Can view portrait story');
INSERT INTO "auth_permission" VALUES(274,72,'add_statisticspage','Can add statistics page');
INSERT INTO "auth_permission" VALUES(275,72,'change_statisticspage','Can change statistics page');
INSERT INTO "auth_permission" VALUES(276,72,'delete_statisticspage','Can delete statistics page');
INSERT INTO "auth_permission" VALUES(277,72,'view_statisticspage','Can view statistics page');
INSERT INTO "auth_permission" VALUES(278,73,'add_figure','Can add figure');
INSERT INTO "auth_permission" VALUES(279,73,'change_figure','Can change figure');
INSERT INTO "auth_permission" VALUES(280,73,'delete_figure','Can delete figure');
INSERT INTO "auth_permission" VALUES(281,73,'view_figure','Can view figure');
INSERT INTO "auth_permission" VALUES(282,34,'add_webhookdelivery','Can add webhook delivery');
INSERT INTO "auth_permission" VALUES(283,34,'change_webhookdelivery','Can change webhook delivery');
INSERT INTO "auth_permission" VALUES(284,34,'delete_webhookdelivery','Can delete webhook delivery');
INSERT INTO "auth_permission" VALUES(285,30,'add_brief','Can add brief');
INSERT INTO "auth_permission" VALUES(286,30,'change_brief','Can change brief');
INSERT INTO "auth_permission" VALUES(287,30,'delete_brief','Can delete brief');
INSERT INTO "auth_permission" VALUES(288,31,'add_briefrecipient','Can add brief recipient');
INSERT INTO "auth_permission" VALUES(289,31,'change_briefrecipient','Can change brief recipient');
INSERT INTO "auth_permission" VALUES(290,31,'delete_briefrecipient','Can delete brief recipient');
INSERT INTO "auth_permission" VALUES(291,74,'add_string','Can add string');
INSERT INTO "auth_permission" VALUES(292,74,'change_string','Can change string');
INSERT INTO "auth_permission" VALUES(293,74,'delete_string','Can delete string');
INSERT INTO "auth_permission" VALUES(294,74,'view_string','Can view string');
INSERT INTO "auth_permission" VALUES(295,75,'add_template','Can add template');
INSERT INTO "auth_permission" VALUES(296,75,'change_template','Can change template');
INSERT INTO "auth_permission" VALUES(297,75,'delete_template','Can delete template');
INSERT INTO "auth_permission" VALUES(298,75,'view_template','Can view template');
INSERT INTO "auth_permission" VALUES(299,76,'add_translatableobject','Can add translatable object');
INSERT INTO "auth_permission" VALUES(300,76,'change_translatableobject','Can change translatable object');
INSERT INTO "auth_permission" VALUES(301,76,'delete_translatableobject','Can delete translatable object');
INSERT INTO "auth_permission" VALUES(302,76,'view_translatableobject','Can view translatable object');
INSERT INTO "auth_permission" VALUES(303,77,'add_translationsource','Can add translation source');
INSERT INTO "auth_permission" VALUES(304,77,'change_translationsource','Can change translation source');
INSERT INTO "auth_permission" VALUES(305,77,'delete_translationsource','Can delete translation source');
INSERT INTO "auth_permission" VALUES(306,77,'view_translationsource','Can view translation source');
INSERT INTO "auth_permission" VALUES(307,78,'add_translationlog','Can add translation log');
INSERT INTO "auth_permission" VALUES(308,78,'change_translationlog','Can change translation log');
INSERT INTO "auth_permission" VALUES(309,78,'delete_translationlog','Can delete translation log');
INSERT INTO "auth_permission" VALUES(310,78,'view_translationlog','Can view translation log');
INSERT INTO "auth_permission" VALUES(311,79,'add_translationcontext','Can add translation context');
INSERT INTO "auth_permission" VALUES(312,79,'change_translationcontext','Can change translation context');
INSERT INTO "auth_permission" VALUES(313,79,'delete_translationcontext','Can delete translation context');
INSERT INTO "auth_permission" VALUES(314,79,'view_translationcontext','Can view translation context');
INSERT INTO "auth_permission" VALUES(315,80,'add_templatesegment','Can add template segment');
INSERT INTO "auth_permission" VALUES(316,80,'change_templatesegment','Can change template segment');
INSERT INTO "auth_permission" VALUES(317,80,'delete_templatesegment','Can delete template segment');
INSERT INTO "auth_permission" VALUES(318,80,'view_templatesegment','Can view template segment');
INSERT INTO "auth_permission" VALUES(319,81,'add_stringsegment','Can add string segment');
INSERT INTO "auth_permission" VALUES(320,81,'change_stringsegment','Can change string segment');
INSERT INTO "auth_permission" VALUES(321,81,'delete_stringsegment','Can delete string segment');
INSERT INTO "auth_permission" VALUES(322,81,'view_stringsegment','Can view string segment');
INSERT INTO "auth_permission" VALUES(323,82,'add_relatedobjectsegment','Can add related object segment');
INSERT INTO "auth_permission" VALUES(324,82,'change_relatedobjectsegment','Can change related object segment');
INSERT INTO "auth_permission" VALUES(325,82,'delete_relatedobjectsegment','Can delete related object segment');
INSERT INTO "auth_permission" VALUES(326,82,'view_relatedobjectsegment','Can view related object segment');
INSERT INTO "auth_permission" VALUES(327,83,'add_stringtranslation','Can add string translation');
INSERT INTO "auth_permission" VALUES(328,83,'change_stringtranslation','Can change string translation');
INSERT INTO "auth_permission" VALUES(329,83,'delete_stringtranslation','Can delete string translation');
INSERT INTO "auth_permission" VALUES(330,83,'view_stringtranslation','Can view string translation');
INSERT INTO "auth_permission" VALUES(331,35,'add_translation','Can add translation');
INSERT INTO "auth_permission" VALUES(332,35,'change_translation','Can change translation');
INSERT INTO "auth_permission" VALUES(333,35,'delete_translation','Can delete translation');
INSERT INTO "auth_permission" VALUES(334,35,'view_translation','Can view translation');
INSERT INTO "auth_permission" VALUES(335,84,'add_overridablesegment','Can add overridable segment');
INSERT INTO "auth_permission" VALUES(336,84,'change_overridablesegment','Can change overridable segment');
INSERT INTO "auth_permission" VALUES(337,84,'delete_overridablesegment','Can delete overridable segment');
INSERT INTO "auth_permission" VALUES(338,84,'view_overridablesegment','Can view overridable segment');
INSERT INTO "auth_permission" VALUES(339,85,'add_segmentoverride','Can add segment override');
INSERT INTO "auth_permission" VALUES(340,85,'change_segmentoverride','Can change segment override');
INSERT INTO "auth_permission" VALUES(341,85,'delete_segmentoverride','Can delete segment override');
INSERT INTO "auth_permission" VALUES(342,85,'view_segmentoverride','Can view segment override');
INSERT INTO "auth_permission" VALUES(343,86,'add_localesynchronization','Can add locale synchronization');
INSERT INTO "auth_permission" VALUES(344,86,'change_localesynchronization','Can change locale synchronization');
INSERT INTO "auth_permission" VALUES(345,86,'delete_localesynchronization','Can delete locale synchronization');
INSERT INTO "auth_permission" VALUES(346,86,'view_localesynchronization','Can view locale synchronization');
INSERT INTO "auth_permission" VALUES(347,87,'add_formsubmission','Can add form submission');
INSERT INTO "auth_permission" VALUES(348,87,'change_formsubmission','Can change form submission');
INSERT INTO "auth_permission" VALUES(349,87,'delete_formsubmission','Can delete form submission');
INSERT INTO "auth_permission" VALUES(350,87,'view_formsubmission','Can view form submission');
INSERT INTO "auth_permission" VALUES(351,88,'add_redirect','Can add redirect');
INSERT INTO "auth_permission" VALUES(352,88,'change_redirect','Can change redirect');
INSERT INTO "auth_permission" VALUES(353,88,'delete_redirect','Can delete redirect');
INSERT INTO "auth_permission" VALUES(354,88,'view_redirect','Can view redirect');
INSERT INTO "auth_permission" VALUES(355,89,'add_embed','Can add embed');
INSERT INTO "auth_permission" VALUES(356,89,'change_embed','Can change embed');
INSERT INTO "auth_permission" VALUES(357,89,'delete_embed','Can delete embed');
INSERT INTO "auth_permission" VALUES(358,89,'view_embed','Can view embed');
INSERT INTO "auth_permission" VALUES(359,90,'add_userprofile','Can add user profile');
INSERT INTO "auth_permission" VALUES(360,90,'change_userprofile','Can change user profile');
INSERT INTO "auth_permission" VALUES(361,90,'delete_userprofile','Can delete user profile');
INSERT INTO "auth_permission" VALUES(362,90,'view_userprofile','Can view user profile');
INSERT INTO "auth_permission" VALUES(363,4,'view_document','Can view document');
INSERT INTO "auth_permission" VALUES(364,2,'view_image','Can view image');
INSERT INTO "auth_permission" VALUES(365,91,'add_rendition','Can add rendition');
INSERT INTO "auth_permission" VALUES(366,91,'change_rendition','Can change rendition');
INSERT INTO "auth_permission" VALUES(367,91,'delete_rendition','Can delete rendition');
INSERT INTO "auth_permission" VALUES(368,91,'view_rendition','Can view rendition');
INSERT INTO "auth_permission" VALUES(369,92,'add_indexentry','Can add index entry');
INSERT INTO "auth_permission" VALUES(370,92,'change_indexentry','Can change index entry');
INSERT INTO "auth_permission" VALUES(371,92,'delete_indexentry','Can delete index entry');
INSERT INTO "auth_permission" VALUES(372,92,'view_indexentry','Can view index entry');
INSERT INTO "auth_permission" VALUES(373,93,'add_sqliteftsindexentry','Can add sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(374,93,'change_sqliteftsindexentry','Can change sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(375,93,'delete_sqliteftsindexentry','Can delete sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(376,93,'view_sqliteftsindexentry','Can view sqliteftsindexentry');
INSERT INTO "auth_permission" VALUES(377,94,'add_editingsession','Can add editing session');
INSERT INTO "auth_permission" VALUES(378,94,'change_editingsession','Can change editing session');
INSERT INTO "auth_permission" VALUES(379,94,'delete_editingsession','Can delete editing session');
INSERT INTO "auth_permission" VALUES(380,94,'view_editingsession','Can view editing session');
INSERT INTO "auth_permission" VALUES(381,95,'add_formstate','Can add form state');
INSERT INTO "auth_permission" VALUES(382,95,'change_formstate','Can change form state');
INSERT INTO "auth_permission" VALUES(383,95,'delete_formstate','Can delete form state');
INSERT INTO "auth_permission" VALUES(384,95,'view_formstate','Can view form state');
INSERT INTO "auth_permission" VALUES(385,96,'add_tag','Can add tag');
INSERT INTO "auth_permission" VALUES(386,96,'change_tag','Can change tag');
INSERT INTO "auth_permission" VALUES(387,96,'delete_tag','Can delete tag');
INSERT INTO "auth_permission" VALUES(388,96,'view_tag','Can view tag');
INSERT INTO "auth_permission" VALUES(389,97,'add_taggeditem','Can add tagged item');
INSERT INTO "auth_permission" VALUES(390,97,'change_taggeditem','Can change tagged item');
INSERT INTO "auth_permission" VALUES(391,97,'delete_taggeditem','Can delete tagged item');
INSERT INTO "auth_permission" VALUES(392,97,'view_taggeditem','Can view tagged item');
INSERT INTO "auth_permission" VALUES(393,98,'add_logentry','Can add log entry');
INSERT INTO "auth_permission" VALUES(394,98,'change_logentry','Can change log entry');
INSERT INTO "auth_permission" VALUES(395,98,'delete_logentry','Can delete log entry');
INSERT INTO "auth_permission" VALUES(396,98,'view_logentry','Can view log entry');
INSERT INTO "auth_permission" VALUES(397,99,'add_permission','Can add permission');
INSERT INTO "auth_permission" VALUES(398,99,'change_permission','Can change permission');
INSERT INTO "auth_permission" VALUES(399,99,'delete_permission','Can delete permission');
INSERT INTO "auth_permission" VALUES(400,99,'view_permission','Can view permission');
INSERT INTO "auth_permission" VALUES(401,100,'add_group','Can add group');
INSERT INTO "auth_permission" VALUES(402,100,'change_group','Can change group');
INSERT INTO "auth_permission" VALUES(403,100,'delete_group','Can delete group');
INSERT INTO "auth_permission" VALUES(404,100,'view_group','Can view group');
INSERT INTO "auth_permission" VALUES(405,101,'add_user','Can add user');
INSERT INTO "auth_permission" VALUES(406,101,'change_user','Can change user');
INSERT INTO "auth_permission" VALUES(407,101,'delete_user','Can delete user');
INSERT INTO "auth_permission" VALUES(408,101,'view_user','Can view user');
INSERT INTO "auth_permission" VALUES(409,102,'add_contenttype','Can add content type');
INSERT INTO "auth_permission" VALUES(410,102,'change_contenttype','Can change content type');
INSERT INTO "auth_permission" VALUES(411,102,'delete_contenttype','Can delete content type');
INSERT INTO "auth_permission" VALUES(412,102,'view_contenttype','Can view content type');
INSERT INTO "auth_permission" VALUES(413,103,'add_session','Can add session');
INSERT INTO "auth_permission" VALUES(414,103,'change_session','Can change session');
INSERT INTO "auth_permission" VALUES(415,103,'delete_session','Can delete session');
INSERT INTO "auth_permission" VALUES(416,103,'view_session','Can view session');
INSERT INTO "auth_group" VALUES(1,'Moderators');
INSERT INTO "auth_group" VALUES(2,'Editors');
INSERT INTO "wagtailcore_task" VALUES(1,'Moderators approval',1,5);
INSERT INTO "wagtailcore_workflow" VALUES(1,'Moderators approval',1);
INSERT INTO "wagtailcore_groupapprovaltask" VALUES(1);
INSERT INTO "wagtailcore_workflowpage" VALUES(1,1);
INSERT INTO "wagtailcore_workflowtask" VALUES(1,0,1,1);
INSERT INTO "wagtailcore_groupapprovaltask_groups" VALUES(1,1,1);
INSERT INTO "wagtailcore_locale" VALUES(1,'fr');
INSERT INTO "wagtailcore_page" VALUES(1,'0001',1,1,'Root','root',1,0,'/','',0,'',NULL,NULL,0,1,NULL,0,NULL,NULL,NULL,NULL,'Root',NULL,NULL,1,'761b073464fa460ba583535355d35bd9',NULL,NULL);
INSERT INTO "wagtailcore_page" VALUES(2,'00010001',2,0,'Welcome to your new Wagtail site!','home',1,0,'/home/','',0,'',NULL,NULL,0,1,NULL,0,NULL,NULL,NULL,NULL,'Welcome to your new Wagtail site!',NULL,NULL,1,'9740ecfe6a124e0fb5e85e3cd2cb86b0',NULL,NULL);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(1,1,1,78);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(2,1,1,79);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(3,1,1,84);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(4,2,1,78);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(5,2,1,79);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(6,1,1,83);
INSERT INTO "wagtailcore_grouppagepermission" VALUES(7,1,1,85);
INSERT INTO "members_branch" VALUES(1,'Architecture','Architecture','Architektur','architecture',0);
INSERT INTO "members_branch" VALUES(2,'Artisanat d''art','Arts & crafts','Kunsthandwerk','arts-crafts',1);
INSERT INTO "members_branch" VALUES(3,'Audiovisuel & cinéma','Audiovisual & film','Audiovisuelle Medien & Film','audiovisual-film',2);
INSERT INTO "members_branch" VALUES(4,'Design','Design','Design','design',3);
INSERT INTO "members_branch" VALUES(5,'Jeu vidéo','Gaming','Games','gaming',4);
INSERT INTO "members_branch" VALUES(6,'Marketing & communication','Marketing & communication','Marketing & Kommunikation','marketing-communication',5);
INSERT INTO "members_branch" VALUES(7,'Mode','Fashion','Mode','fashion',6);
INSERT INTO "members_branch" VALUES(8,'Nouveaux médias & numérique','New media & digital','Neue Medien & Digitales','new-media-digital',7);
INSERT INTO "members_branch" VALUES(9,'Musique','Music','Musik','music',8);
INSERT INTO "members_branch" VALUES(10,'Graphisme & illustration','Graphic design & illustration','Grafikdesign & Illustration','graphic-design-illustration',9);
INSERT INTO "members_branch" VALUES(11,'Édition & médias','Publishing & media','Verlagswesen & Medien','publishing-media',10);
INSERT INTO "members_branch" VALUES(12,'Photographie & arts visuels','Photography & visual arts','Fotografie & bildende Kunst','photography-visual-arts',11);
INSERT INTO "members_spokenlanguage" VALUES(1,'lb');
INSERT INTO "members_spokenlanguage" VALUES(2,'fr');
INSERT INTO "members_spokenlanguage" VALUES(3,'de');
INSERT INTO "members_spokenlanguage" VALUES(4,'en');
INSERT INTO "members_spokenlanguage" VALUES(5,'pt');
INSERT INTO "members_spokenlanguage" VALUES(6,'it');
INSERT INTO "members_spokenlanguage" VALUES(7,'nl');
INSERT INTO "members_spokenlanguage" VALUES(8,'es');
INSERT INTO "members_skill" VALUES(1,'Conception architecturale','Architectural design','Architekturplanung','architectural-design','plans de maison
architecte
projet de construction
permis de bâtir
transformation d''un bâtiment
extension de maison
surélévation
avant-projet
concours d''architecture','house plans
architect
building design
building permit
building conversion
house extension
floor plans
loft conversion
planning application','Hausplanung
Architekt
Bauentwurf
Umbau
Baugenehmigung
Baugesuch
Baueingabe
Bauvoranfrage
Entwurfsplanung
Grundrissplanung
Architekturwettbewerb',1,'architecte
maître d''œuvre
dessinateur en bâtiment
dessinatrice en bâtiment
projeteur
projeteuse','architect
architectural designer
architectural technologist
building designer
architectural draughtsperson','Architekt
Architektin
Hochbauarchitekt
Hochbauarchitektin
Bauzeichner
Bauzeichnerin');
INSERT INTO "members_skill" VALUES(2,'Architecture intérieure','Interior architecture','Innenarchitektur','interior-architecture','aménagement intérieur
décoration d''intérieur
rénovation d''appartement
aménagement de bureaux
rénovation intérieure
home staging
design d''intérieur
aménagement de restaurant','interior design
interior fit-out
flat renovation
office fit-out
hotel interiors
restaurant interior
space planning','Raumgestaltung
Inneneinrichtung
Wohnungsumbau
Einrichtungskonzept
Praxisgestaltung
Hoteleinrichtung
Restauranteinrichtung
Einrichtungsberatung
Innenausbau
Wohnraumgestaltung',1,'architecte d''intérieur
décorateur d''intérieur
décoratrice d''intérieur
designer d''intérieur
architecte','interior architect
interior designer
interior decorator
architect','Innenarchitekt
Innenarchitektin
Raumausstatter
Raumausstatterin
Interior Designer
Interior Designerin
Architekt
Architektin');
INSERT INTO "members_skill" VALUES(3,'Visualisation 3D','3D visualisation','3D-Visualisierung','3d-visualisation','rendu 3D
perspective
image de synthèse
vues photoréalistes
rendus
visuel 3D
rendu architectural
visualisation immobilière
perspective intérieure','3D rendering
architectural render
CGI
photorealistic views
renderings
architectural visualization
property visualisation
interior render
exterior render','3D-Rendering
Architekturvisualisierung
Computergrafik
fotorealistische Ansichten
Visualisierungen
Renderings
Außenvisualisierung
Innenraumvisualisierung
Immobilienvisualisierung
3D-Ansicht
Renderbild
Wettbewerbsvisualisierung',1,'perspectiviste
infographiste 3D
graphiste 3D
artiste 3D
visualiseur 3D
visualiseuse 3D','3D visualiser
3D visualizer
3D artist
CGI artist
architectural visualiser
architectural visualizer
rendering artist','3D-Visualisierer
3D-Visualisiererin
Architekturvisualisierer
Architekturvisualisiererin
3D-Artist
3D-Designer
3D-Designerin');
INSERT INTO "members_skill" VALUES(4,'Rénovation du patrimoine','Heritage renovation','Denkmalpflege','heritage-renovation','restauration
bâtiment ancien
monument historique
bâtiment classé
patrimoine bâti
rénovation de ferme
restauration de façade
bâti ancien
rénovation d''église
maison à colombages','restoration
listed building
old house renovation
heritage building
historic building
period property
farmhouse renovation
church restoration
facade restoration
timber-framed house','Altbausanierung
Restaurierung
Baudenkmal
denkmalgeschützt
Denkmalschutz
Denkmalamt
Fachwerkhaus
Fachwerksanierung
Bauernhaussanierung
Kirchenrenovation
Fassadenrestaurierung
Denkmalsanierung
Altbaurenovation',1,'architecte du patrimoine
architecte
tailleur de pierre
tailleuse de pierre
compagnon du patrimoine','conservation architect
heritage architect
restoration architect
architect
stonemason','Denkmalpfleger
Denkmalpflegerin
Architekt
Architektin
Restaurator im Handwerk
Restauratorin im Handwerk
Steinmetz
Steinmetzin');
INSERT INTO "members_skill" VALUES(5,'Architecture du paysage','Landscape architecture','Landschaftsarchitektur','landscape-architecture','paysagiste
aménagement de jardin
espaces verts
plantations
végétalisation
création de jardin
aménagements extérieurs
toiture végétalisée
aire de jeux
jardin paysager','garden design
landscaping
green spaces
tree planting
garden makeover
playground design
green roof
outdoor spaces
park design','Gartengestaltung
Landschaftsplanung
Grünflächen
Begrünung
Bepflanzung
Gartenplanung
Dachbegrünung
Spielplatzgestaltung
Schulhofgestaltung
Außenanlagen
Umgebungsgestaltung
Gartenbau',1,'architecte paysagiste
paysagiste
paysagiste concepteur
paysagiste conceptrice
jardinier paysagiste
jardinière paysagiste','landscape architect
landscape designer
garden designer
landscaper','Landschaftsarchitekt
Landschaftsarchitektin
Gartenarchitekt
Gartenarchitektin
Landschaftsplaner
Landschaftsplanerin
Gartengestalter
Gartengestalterin');
INSERT INTO "members_skill" VALUES(6,'Urbanisme','Urban planning','Stadtplanung','urban-planning','PAG
aménagement du territoire
plan d''aménagement
place publique
espace public
plan d''aménagement particulier
plan directeur
développement urbain
aménagement urbain
revitalisation du centre-ville','town planning
zoning
masterplan
public space
town square
village square
urban regeneration
urban design
neighbourhood plan
streetscape design','Städtebau
Bebauungsplan
Raumplanung
Dorfplatz
Platzgestaltung
öffentlicher Raum
Quartiersentwicklung
Ortsplanung
Dorfentwicklung
Stadtentwicklung
Zonenplan
Flächennutzungsplan
Quartierplan',1,'urbaniste
architecte urbaniste
architecte
planificateur urbain
planificatrice urbaine','urban planner
town planner
city planner
urban designer
architect','Stadtplaner
Stadtplanerin
Raumplaner
Raumplanerin
Städtebauer
Städtebauerin
Architekt
Architektin');
INSERT INTO "members_skill" VALUES(7,'Construction durable','Sustainable building','Nachhaltiges Bauen','sustainable-building','maison passive
écoconstruction
bâtiment basse énergie
rénovation énergétique
matériaux naturels
maison à énergie positive
architecture bioclimatique
construction en paille
architecture durable
construction bois','passive house
green building
low-energy building
energy retrofit
natural materials
eco house
net zero building
sustainable architecture
straw bale house','Passivhaus
ökologisches Bauen
Niedrigenergiehaus
energetische Sanierung
natürliche Materialien
Plusenergiehaus
Lehmbau
Strohballenbau
Holzbauweise
ökologische Sanierung
klimaneutrales Gebäude
nachhaltige Architektur',1,'architecte
architecte écologique
conseiller en énergie
conseillère en énergie
thermicien
thermicienne','architect
sustainable architect
green building consultant
energy consultant
passive house designer','Architekt
Architektin
Energieberater
Energieberaterin
Passivhausplaner
Passivhausplanerin');
INSERT INTO "members_skill" VALUES(8,'Modélisation BIM','BIM modelling','BIM-Modellierung','bim-modelling','BIM
maquette numérique
jumeau numérique
Revit
ArchiCAD
maquette BIM
modèle IFC
scan to BIM
nuage de points
Allplan','BIM
building information modelling
digital twin
Revit
ArchiCAD
point cloud
IFC model','BIM
digitales Gebäudemodell
digitaler Zwilling
Revit
ArchiCAD
3D-Gebäudemodell
Bestandsmodell
Punktwolke
Scan-to-BIM
IFC-Modell',1,'modeleur BIM
modeleuse BIM
projeteur BIM
projeteuse BIM
coordinateur BIM
coordinatrice BIM
BIM manager
architecte','BIM modeller
BIM modeler
BIM coordinator
BIM manager
BIM technician
architect','BIM-Modellierer
BIM-Modelliererin
BIM-Koordinator
BIM-Koordinatorin
BIM-Manager
BIM-Managerin
Bauzeichner
Bauzeichnerin');
INSERT INTO "members_skill" VALUES(9,'Maquettes d''architecture','Architectural model making','Architekturmodellbau','architectural-models','maquette
maquettiste
modèle réduit
maquette physique
maquette de concours
maquette de présentation
maquette topographique','scale model
model maker
physical model
architectural model
competition model
site model
presentation model
massing model
city model','Modellbau
Architekturmodell
Maßstabsmodell
physisches Modell
Holzmodell
Wettbewerbsmodell
Stadtmodell
Geländemodell
Präsentationsmodell
Massenmodell',1,'maquettiste
maquettiste d''architecture
modéliste maquettiste','model maker
architectural model maker
scale model maker
modelmaker','Modellbauer
Modellbauerin
Architekturmodellbauer
Architekturmodellbauerin');
INSERT INTO "members_skill" VALUES(10,'Conception lumière','Architectural lighting','Lichtplanung','architectural-lighting','éclairage
mise en lumière
éclairagiste
plan d''éclairage
éclairage de façade
éclairage extérieur
illuminations de Noël
scénographie lumineuse','lighting design
lighting plan
illumination
lighting concept
facade lighting
outdoor lighting
museum lighting','Beleuchtung
Lichtgestaltung
Beleuchtungskonzept
Lichtkonzept
Fassadenbeleuchtung
Außenbeleuchtung
Gartenbeleuchtung
Museumsbeleuchtung
Lichtinszenierung
Stimmungsbeleuchtung
Weihnachtsbeleuchtung',1,'concepteur lumière
conceptrice lumière
éclairagiste
architecte éclairagiste
designer lumière','lighting designer
architectural lighting designer
lighting consultant
lighting planner','Lichtplaner
Lichtplanerin
Lichtdesigner
Lichtdesignerin
Lichtgestalter
Lichtgestalterin');
INSERT INTO "members_skill" VALUES(11,'Suivi de chantier','Site supervision','Bauleitung','site-supervision','chantier
coordination des travaux
maîtrise d''œuvre
direction des travaux
suivi des travaux
réception des travaux
coordination de chantier
assistance à maîtrise d''ouvrage','construction management
site management
building works
construction supervision
site inspection
contract administration
snagging','Baustellenleitung
Bauüberwachung
Bauaufsicht
Bauherrenvertretung
Baukoordination
Baubegleitung
Bauabnahme
Projektsteuerung
Bauführung',1,'conducteur de travaux
conductrice de travaux
chef de chantier
cheffe de chantier
maître d''œuvre
architecte','site manager
site supervisor
construction manager
clerk of works
architect','Bauleiter
Bauleiterin
Bauüberwacher
Bauüberwacherin
Architekt
Architektin');
INSERT INTO "members_skill" VALUES(12,'Céramique','Ceramics','Keramik','ceramics','poterie
vaisselle artisanale
faïence
porcelaine
vaisselle en céramique
cours de poterie
vase en céramique','pottery
handmade tableware
stoneware
porcelain
pottery class
ceramic tableware
ceramic vase
handmade mugs','Töpferei
Töpferwaren
Steinzeug
Porzellan
Keramikgeschirr
handgemachtes Geschirr
Keramikvase
Töpferkurs
Keramikschale',2,'céramiste
potier
potière
faïencier
faïencière
artisan céramiste
artisane céramiste','ceramicist
ceramist
potter
ceramic artist
studio potter','Keramiker
Keramikerin
Töpfer
Töpferin
Keramikkünstler
Keramikkünstlerin');
INSERT INTO "members_skill" VALUES(13,'Création de bijoux','Jewellery','Schmuckdesign','jewellery','bijoux
bague
alliances
bague de fiançailles
boucles d''oreilles
pendentif
bijoux en argent
collier','rings
wedding rings
handmade jewellery
engagement ring
necklace
earrings
silver jewellery
bracelet','Schmuck
Goldschmied
Eheringe
Silberschmuck
Goldschmuck
Silberanhänger
Kettenanhänger
Trauringe
Verlobungsring
Halskette
Ohrringe
Armreif
Unikatschmuck',2,'bijoutier
bijoutière
joaillier
joaillière
orfèvre
créateur de bijoux
créatrice de bijoux','jeweller
jeweler
goldsmith
silversmith
jewellery designer
jewelry designer
jewellery maker','Goldschmied
Goldschmiedin
Silberschmied
Silberschmiedin
Schmuckdesigner
Schmuckdesignerin
Juwelier
Juwelierin');
INSERT INTO "members_skill" VALUES(14,'Reliure','Bookbinding','Buchbinderei','bookbinding','relieur
restauration de livres
carnet sur mesure
reliure cuir
livre d''or
carnet relié main','book restoration
handmade notebooks
book repair
leather binding
thesis binding
guest book','Buchbinder
Buchrestaurierung
handgebundene Notizbücher
Bucheinband
Ledereinband
Buchreparatur
Fadenheftung
Handeinband',2,'relieur
relieuse
relieur-doreur
relieuse-doreuse
artisan relieur
artisane relieuse','bookbinder
hand bookbinder
book conservator
book restorer','Buchbinder
Buchbinderin
Handbuchbinder
Handbuchbinderin
Buchrestaurator
Buchrestauratorin');
INSERT INTO "members_skill" VALUES(15,'Verre soufflé','Glassblowing','Glasbläserei','glassblowing','verrier
objets en verre
souffleur de verre
vase en verre
sculpture en verre
perles de verre','glass art
blown glass
glassware
glass vase
glass sculpture
glass beads','Glaskunst
mundgeblasenes Glas
Glasbläser
Glasvase
Glasschale
Glasskulptur
Glasobjekt
Glasperlen
Christbaumkugel',2,'souffleur de verre
souffleuse de verre
verrier
artiste verrier
maître verrier','glassblower
glass blower
glass artist
glassmaker','Glasbläser
Glasbläserin
Glaskünstler
Glaskünstlerin
Glasmacher
Glasmacherin');
INSERT INTO "members_skill" VALUES(16,'Ébénisterie','Fine woodworking','Kunsttischlerei','fine-woodworking','menuiserie
meuble en bois
meuble sur mesure
placard sur mesure
marqueterie
tournage sur bois
meuble en bois massif
escalier en bois','cabinet making
carpentry
bespoke furniture
built-in wardrobe
fitted furniture
marquetry
woodturning
solid wood furniture','Schreinerei
Holzarbeiten
Möbel nach Maß
Tischlerei
Einbauschrank
Einbaumöbel
Massivholzmöbel
Intarsien
Drechslerei
Holztreppe',2,'ébéniste
menuisier ébéniste
menuisière ébéniste
menuisier
menuisière
marqueteur
marqueteuse','cabinetmaker
cabinet maker
furniture maker
fine woodworker
woodworker
joiner
carpenter','Kunsttischler
Kunsttischlerin
Möbeltischler
Möbeltischlerin
Tischler
Tischlerin
Schreiner
Schreinerin');
INSERT INTO "members_skill" VALUES(17,'Tissage','Weaving','Weberei','weaving','textile
tapisserie
métier à tisser
tapis tissé main
tissu tissé main
cours de tissage','textiles
tapestry
handwoven fabric
handwoven rug
wall hanging
handloom fabric','Textilkunst
Wandteppich
Handweberei
Gobelin
handgewebter Teppich
handgewebter Stoff
Webstuhl
Webkunst',2,'tisserand
tisserande
lissier
lissière
artiste textile
licier','weaver
hand weaver
tapestry weaver
textile artist','Weber
Weberin
Handweber
Handweberin
Bildwirker
Bildwirkerin
Textilkünstler
Textilkünstlerin');
INSERT INTO "members_skill" VALUES(18,'Vitrail','Stained glass','Glasmalerei','stained-glass','vitraux
verrière
verre coloré
restauration de vitraux
vitrerie d''art','leaded glass
church windows
coloured glass
leadlight
stained glass restoration
decorative glazing','Bleiverglasung
Kirchenfenster
Buntglas
Bleiglasfenster
Bleiglas
Kunstverglasung
Kirchenverglasung
Farbglasfenster',2,'maître verrier
vitrailliste
peintre verrier
artiste verrier
verrier','stained glass artist
stained glass maker
stained glass designer
leaded glass artist
glass painter','Glasmaler
Glasmalerin
Glaskünstler
Glaskünstlerin
Glasgestalter
Glasgestalterin');
INSERT INTO "members_skill" VALUES(19,'Maroquinerie','Leatherwork','Lederhandwerk','leatherwork','cuir
sac en cuir
sellerie
ceinture en cuir
portefeuille en cuir
étui en cuir
articles en cuir','leather goods
leather bags
saddlery
leather belt
leather wallet
leather case','Lederwaren
Ledertaschen
Sattlerei
Ledergürtel
Lederetui
Lederportemonnaie
Ledermappe
Lederarmband
Reitsattel',2,'maroquinier
maroquinière
sellier
sellière
sellier-maroquinier
artisan du cuir
artisane du cuir','leatherworker
leather craftsman
leather artisan
saddler
leather goods maker','Sattler
Sattlerin
Feintäschner
Feintäschnerin
Täschner
Täschnerin
Lederhandwerker
Lederhandwerkerin');
INSERT INTO "members_skill" VALUES(20,'Restauration d''œuvres','Art conservation','Restaurierung von Kunstwerken','art-conservation','restaurateur
réparation de tableau
conservation
restauration de tableaux
restauration de sculpture
restauration de meubles anciens','art restoration
painting repair
conservator
painting restoration
furniture restoration
paper conservation','Restaurator
Gemälderestaurierung
Konservierung
Kunstrestaurierung
Bildrestaurierung
Skulpturenrestaurierung
Papierrestaurierung
Freskenrestaurierung',2,'restaurateur d''art
restauratrice d''art
conservateur-restaurateur
conservatrice-restauratrice
restaurateur de tableaux
restauratrice de tableaux
restaurateur d''œuvres d''art
restauratrice d''œuvres d''art','art conservator
conservator
conservator-restorer
art restorer
painting restorer
paintings conservator','Restaurator
Restauratorin
Kunstrestaurator
Kunstrestauratorin
Gemälderestaurator
Gemälderestauratorin
Konservator
Konservatorin');
INSERT INTO "members_skill" VALUES(21,'Ferronnerie d''art','Decorative metalwork','Kunstschmiede','decorative-metalwork','forge
fer forgé
rampe sur mesure
garde-corps
portail en fer forgé
serrurerie d''art
rampe d''escalier','blacksmith
wrought iron
custom railings
iron gate
balustrade
forged ironwork
staircase railing','Schmied
Schmiedeeisen
Geländer nach Maß
Schmiedearbeiten
Treppengeländer
Balkongeländer
schmiedeeisernes Tor
Fenstergitter
Kunstschlosserei',2,'ferronnier d''art
ferronnière d''art
ferronnier
ferronnière
forgeron
forgeronne
métallier','blacksmith
artist blacksmith
metalsmith
ornamental metalworker
metalworker','Kunstschmied
Kunstschmiedin
Schmied
Schmiedin
Metallgestalter
Metallgestalterin');
INSERT INTO "members_skill" VALUES(22,'Dorure','Gilding','Vergoldung','gilding','feuille d''or
doreur
cadre doré
dorure à la feuille
dorure sur bois
feuille d''argent','gold leaf
gilder
gilded frames
water gilding
frame gilding
silver leaf
gold leaf lettering','Blattgold
Vergolder
vergoldete Rahmen
Vergolderei
Blattvergoldung
Polimentvergoldung
Rahmenvergoldung
Fassmalerei
Blattsilber',2,'doreur
doreuse
doreur ornemaniste
doreuse ornemaniste
doreur sur bois
doreuse sur bois','gilder
water gilder
frame gilder
gold leaf artist','Vergolder
Vergolderin
Fassmaler
Fassmalerin');
INSERT INTO "members_skill" VALUES(23,'Documentaire','Documentary','Dokumentarfilm','documentary','film documentaire
reportage
enquête filmée
webdocumentaire
série documentaire
film portrait
docu','documentary film
factual film
reportage
docuseries
short documentary
documentary series','Doku
Reportage
Dokumentation
Dokfilm
Dokumentarvideo
Langzeitdokumentation
Porträtfilm
Dokuserie',3,'documentariste
réalisateur de documentaires
réalisatrice de documentaires
réalisateur
réalisatrice
journaliste reporter d''images
vidéaste','documentary filmmaker
documentary maker
documentarian
documentary director
filmmaker
videographer','Dokumentarfilmer
Dokumentarfilmerin
Dokumentarfilmregisseur
Dokumentarfilmregisseurin
Filmemacher
Filmemacherin
Regisseur
Regisseurin
Videograf
Videografin');
INSERT INTO "members_skill" VALUES(24,'Animation','Animation','Animation','animation','dessin animé
film d''animation
animation 2D
stop motion
animation 3D
série animée
court métrage d''animation','cartoon
animated film
2D animation
3D animation
animated series
claymation
character animation','Zeichentrick
Animationsfilm
Trickfilm
3D-Animation
Stop-Motion
Knetanimation
Charakteranimation
Zeichentrickserie
Animationsserie',3,'animateur 2D
animatrice 2D
animateur 3D
animatrice 3D
réalisateur de films d''animation
réalisatrice de films d''animation
cinéaste d''animation','animator
2D animator
3D animator
character animator
animation director','Animator
Animatorin
2D-Animator
3D-Animator
Trickfilmzeichner
Trickfilmzeichnerin
Animationsfilmer
Animationsfilmerin');
INSERT INTO "members_skill" VALUES(25,'Effets visuels','Visual effects','Visuelle Effekte','visual-effects','VFX
effets spéciaux
incrustation
fond vert
effets numériques
rotoscopie
trucage','VFX
special effects
compositing
green screen
CGI effects
rotoscoping
digital effects
matte painting','VFX
Spezialeffekte
Compositing
Greenscreen
digitale Effekte
CGI-Effekte
Rotoskopie
Motion Tracking',3,'truquiste
artiste VFX
graphiste VFX
superviseur VFX
superviseuse VFX
compositeur VFX
compositrice VFX','VFX artist
visual effects artist
compositor
compositing artist
VFX supervisor','VFX-Artist
VFX-Künstler
VFX-Künstlerin
Compositor
Compositorin
VFX-Supervisor
VFX-Supervisorin');
INSERT INTO "members_skill" VALUES(26,'Décors de cinéma','Set design','Szenenbild','set-design','décors
décorateur
accessoires de tournage
décor de théâtre
décor de scène
construction de décors
plateau de tournage','film sets
production design
props
stage set
theatre set
set construction','Filmkulisse
Kulissenbau
Ausstattung
Bühnenbild
Bühnenbau
Requisiten
Theaterkulisse
Bühnendekoration
Filmausstattung',3,'chef décorateur
cheffe décoratrice
décorateur de cinéma
décoratrice de cinéma
ensemblier
ensemblière
accessoiriste','set designer
production designer
set decorator
art director
prop maker
props master','Szenenbildner
Szenenbildnerin
Filmarchitekt
Filmarchitektin
Ausstatter
Ausstatterin
Requisiteur
Requisiteurin');
INSERT INTO "members_skill" VALUES(27,'Film d''entreprise','Corporate video','Imagefilm','corporate-video','vidéo institutionnelle
vidéo de présentation
clip promotionnel
film de présentation
film d''entreprise
vidéo corporate
vidéo produit
vidéo de recrutement
film institutionnel
aftermovie','company video
promo video
brand film
image film
hotel video
product video
recruitment video
testimonial video
corporate film','Unternehmensfilm
Werbevideo
Firmenvideo
Imagefilm
Imagevideo
Firmenfilm
Unternehmensvideo
Produktvideo
Recruitingvideo
Testimonial-Video
Videoproduktion',3,'vidéaste
réalisateur vidéo
réalisatrice vidéo
réalisateur
réalisatrice
producteur vidéo
productrice vidéo','videographer
video producer
corporate filmmaker
filmmaker
video director','Videograf
Videografin
Filmemacher
Filmemacherin
Videoproduzent
Videoproduzentin
Imagefilmer
Imagefilmerin');
INSERT INTO "members_skill" VALUES(28,'Montage vidéo','Video editing','Videoschnitt','video-editing','monteur
post-production
montage
dérushage
montage de film
Premiere Pro
Final Cut','editing
post-production
video editor
rough cut
Final Cut Pro','Schnitt
Postproduktion
Cutter
Videobearbeitung
Filmschnitt
Rohschnitt
Feinschnitt',3,'monteur vidéo
monteuse vidéo
chef monteur
cheffe monteuse
monteur image
monteuse image
monteur truquiste
monteuse truquiste
monteur
monteuse','video editor
film editor
picture editor
post-production editor','Cutter
Cutterin
Videocutter
Videocutterin
Filmeditor
Filmeditorin');
INSERT INTO "members_skill" VALUES(29,'Direction de la photographie','Cinematography','Bildgestaltung','cinematography','chef opérateur
cadreur
prise de vue
équipe de tournage
opérateur caméra','camera operator
director of photography
filming
camera work
camera crew
cinematic footage','Kameramann
Kamerafrau
Dreharbeiten
Kameraführung
Kameraarbeit
Kamerateam
Kameraoperator
Lichtsetzung',3,'directeur de la photographie
directrice de la photographie
chef opérateur
cheffe opératrice
cadreur
cadreuse
opérateur de prise de vue
opératrice de prise de vue','cinematographer
director of photography
camera operator
cameraman
camerawoman','Kameramann
Kamerafrau
Bildgestalter
Bildgestalterin
Director of Photography');
INSERT INTO "members_skill" VALUES(30,'Écriture de scénario','Screenwriting','Drehbuch','screenwriting','scénariste
scénario
script
script vidéo
scénario de film
scénario de court métrage','script writing
screenplay
scriptwriter
film script
video script
short film script','Drehbuchautor
Skript
Stoffentwicklung
Filmskript
Videoskript
Kurzfilmdrehbuch
Drehbuchberatung
Dialogbuch',3,'scénariste
dialoguiste
script doctor
auteur de scénario
autrice de scénario','screenwriter
scriptwriter
screenplay writer
script doctor','Drehbuchautor
Drehbuchautorin
Szenarist
Szenaristin
Dramaturg
Dramaturgin');
INSERT INTO "members_skill" VALUES(31,'Production de films','Film production','Filmproduktion','film-production','producteur
société de production
tournage
court métrage
long métrage
coproduction
film de fiction','producer
production company
film shoot
short film
feature film
co-production','Produzent
Produktionsfirma
Filmdreh
Kurzfilm
Spielfilm
Filmprojekt
Koproduktion
Filmförderung
Kinofilm',3,'producteur de cinéma
productrice de cinéma
producteur audiovisuel
productrice audiovisuelle
directeur de production
directrice de production
cinéaste
réalisateur
réalisatrice','film producer
line producer
executive producer
production manager
filmmaker
film director','Filmproduzent
Filmproduzentin
Produktionsleiter
Produktionsleiterin
Filmemacher
Filmemacherin
Regisseur
Regisseurin');
INSERT INTO "members_skill" VALUES(32,'Prises de vue par drone','Drone filming','Drohnenaufnahmen','drone-filming','drone
vue aérienne
vidéo aérienne
photo aérienne
images par drone
vidéo par drone','drone
aerial footage
aerial video
drone video
drone footage
drone shots
aerial photography','Drohne
Luftaufnahmen
Luftbilder
Drohnenvideo
Drohnenfoto
Drohnenflug
Luftvideo
Luftbildfotografie',3,'télépilote de drone
télépilote
pilote de drone
opérateur drone
opératrice drone','drone pilot
drone operator
drone videographer
aerial cinematographer
aerial photographer','Drohnenpilot
Drohnenpilotin
Drohnenfilmer
Drohnenfilmerin
Luftbildfotograf
Luftbildfotografin');
INSERT INTO "members_skill" VALUES(33,'Étalonnage','Colour grading','Farbkorrektur','colour-grading','correction des couleurs
étalonneur
colorimétrie
étalonnage vidéo
DaVinci Resolve
correction colorimétrique','color correction
colourist
grading
film look','Color Grading
Colorist
Farbgestaltung
Filmlook
Farblook
Lichtbestimmung',3,'étalonneur
étalonneuse
chef étalonneur
cheffe étalonneuse
coloriste étalonneur
coloriste étalonneuse','colourist
colorist
colour grader
color grader','Colorist
Coloristin
Color Grader
Color Graderin');
INSERT INTO "members_skill" VALUES(34,'Design d''emballage','Packaging design','Verpackungsdesign','packaging','packaging
emballage
étiquette
boîtes
boîte en carton
coffret
étiquette de vin
étiquette de bouteille
emballage cadeau
boîte pliante','packaging
labels
product box
boxes
gift box
wine label
bottle label
gift packaging
folding carton','Verpackung
Etikett
Produktverpackung
Schachteln
Tüten
Verpackungen
Weinetikett
Flaschenetikett
Bieretikett
Geschenkverpackung
Faltschachtel
Verpackungsgestaltung',4,'designer packaging
designer d''emballage
graphiste packaging
graphiste
concepteur d''emballages
conceptrice d''emballages','packaging designer
package designer
graphic designer','Verpackungsdesigner
Verpackungsdesignerin
Packaging Designer
Packaging Designerin
Grafikdesigner
Grafikdesignerin
Grafiker
Grafikerin');
INSERT INTO "members_skill" VALUES(35,'Design de mobilier','Furniture design','Möbeldesign','furniture-design','meubles
mobilier sur mesure
chaises et tables
mobilier urbain
collection de meubles
mobilier d''hôtel','furniture
custom furniture
chairs and tables
street furniture
furniture collection
seating design
hotel furniture','Möbel
Designmöbel
Möbel nach Maß
Sitzmöbel
Stadtmobiliar
Hotelmöbel
Designerstuhl',4,'designer de mobilier
designer mobilier
créateur de meubles
créatrice de meubles
ébéniste
menuisier
menuisière','furniture designer
furniture maker
designer-maker
cabinetmaker
carpenter
joiner','Möbeldesigner
Möbeldesignerin
Möbelgestalter
Möbelgestalterin
Möbeltischler
Möbeltischlerin
Tischler
Tischlerin
Schreiner
Schreinerin');
INSERT INTO "members_skill" VALUES(36,'Design produit','Product design','Produktdesign','product-design','design industriel
prototype
développement produit
design d''objet
conception de produit
prototype fonctionnel','industrial design
prototyping
product development
consumer product design
enclosure design
functional prototype','Industriedesign
Prototyp
Produktentwicklung
Produktgestaltung
Formgebung
Gehäusedesign
Funktionsmuster
Produktentwurf',4,'designer produit
designer industriel
designer industrielle
concepteur produit
conceptrice produit','product designer
industrial designer
product developer','Produktdesigner
Produktdesignerin
Industriedesigner
Industriedesignerin
Produktgestalter
Produktgestalterin');
INSERT INTO "members_skill" VALUES(37,'Scénographie d''exposition','Exhibition design','Ausstellungsgestaltung','exhibition-design','stand de salon
scénographie
muséographie
stand d''exposition
conception d''exposition
stand de foire
scénographie muséale
aménagement d''exposition','trade fair stand
exhibition stand
museum display
trade show booth
exhibition booth
exhibition fit-out
trade fair booth
museum scenography','Messestand
Szenografie
Museumsgestaltung
Messeauftritt
Ausstellungsdesign
Ausstellungsarchitektur
Ausstellungsbau
Messebau
Vitrinengestaltung',4,'scénographe
scénographe d''exposition
muséographe
designer d''exposition
standiste','exhibition designer
exhibit designer
scenographer
museum designer
stand designer','Ausstellungsgestalter
Ausstellungsgestalterin
Ausstellungsdesigner
Ausstellungsdesignerin
Szenograf
Szenografin
Messebauer
Messebauerin');
INSERT INTO "members_skill" VALUES(38,'Design de services','Service design','Servicedesign','service-design','parcours client
design thinking
expérience usager
expérience client
parcours usager
service blueprint','customer journey
design thinking
user experience
customer experience
journey mapping','Customer Journey
Design Thinking
Kundenerlebnis
Servicekonzept
Kundenreise
Gästeerlebnis',4,'designer de services
service designer
designer UX
designer d''expérience client','service designer
customer experience designer
CX designer
design strategist','Servicedesigner
Servicedesignerin
Service Designer
Service Designerin');
INSERT INTO "members_skill" VALUES(39,'Design textile','Textile design','Textildesign','textile-design','motifs
tissu
imprimés
impression textile
motif textile
design de tissu','patterns
fabric design
prints
surface pattern design
textile print
wallpaper design','Stoffdesign
Muster
Druckmotive
Stoffmuster
Textildruck
Tapetendesign
Musterentwurf
Allover-Print',4,'designer textile
dessinateur textile
dessinatrice textile
styliste textile
créateur textile
créatrice textile','textile designer
fabric designer
surface pattern designer
textile artist','Textildesigner
Textildesignerin
Textilgestalter
Textilgestalterin
Musterzeichner
Musterzeichnerin');
INSERT INTO "members_skill" VALUES(40,'Aménagement de boutique','Retail design','Ladengestaltung','retail-design','vitrine
agencement de magasin
design de commerce
présentoirs
agencement
mobilier de magasin
merchandising visuel
décoration de vitrine
pop-up store
design de boutique','shop fit-out
window display
store design
shop fittings
store displays
visual merchandising
pop-up shop
shop interior','Schaufenster
Ladenbau
Shopdesign
Ladeneinrichtung
Warenpräsentation
Ladenkonzept
Verkaufsraumgestaltung
Pop-up-Store
Schaufensterdekoration',4,'agenceur
agenceuse
étalagiste
designer retail
visual merchandiser
architecte d''intérieur','retail designer
store designer
shop designer
visual merchandiser
window dresser','Ladenbauer
Ladenbauerin
Schauwerbegestalter
Schauwerbegestalterin
Gestalter für visuelles Marketing
Gestalterin für visuelles Marketing
Retail Designer
Dekorateur
Dekorateurin');
INSERT INTO "members_skill" VALUES(41,'Signalétique','Signage & wayfinding','Leitsysteme','signage-wayfinding','panneaux
orientation
enseigne
enseigne lumineuse
panneau d''information
plaque professionnelle','signs
wayfinding
directional signage
shop sign
door sign
information panel
illuminated sign','Beschilderung
Orientierungssystem
Wegweiser
Firmenschild
Türschild
Hinweisschild
Wegeleitsystem
Gebäudebeschriftung
Leuchtreklame
Fahrzeugbeschriftung
Infotafel',4,'signaléticien
signaléticienne
designer signalétique
enseigniste
graphiste','wayfinding designer
signage designer
environmental graphic designer
sign maker
graphic designer','Schildermacher
Schildermacherin
Informationsdesigner
Informationsdesignerin
Kommunikationsdesigner
Kommunikationsdesignerin
Grafikdesigner
Grafikdesignerin
Grafiker
Grafikerin');
INSERT INTO "members_skill" VALUES(42,'Écoconception','Eco-design','Ökodesign','eco-design','design durable
upcycling
matériaux recyclés
analyse du cycle de vie
design circulaire
produit écoresponsable','sustainable design
upcycling
circular design
life cycle assessment
eco-friendly design
recycled materials','nachhaltiges Design
Upcycling
Kreislaufdesign
Ökobilanz
Lebenszyklusanalyse
umweltfreundliches Design
ressourcenschonendes Design',4,'écodesigner
éco-designer
designer produit
designer durable
upcycleur
upcycleuse','eco-designer
ecodesigner
sustainable designer
upcycler
product designer','Ökodesigner
Ökodesignerin
Upcycling-Designer
Upcycling-Designerin
Produktdesigner
Produktdesignerin');
INSERT INTO "members_skill" VALUES(43,'Design de luminaires','Lamp design','Leuchtendesign','lamp-design','lampe
luminaire
suspension
applique murale
abat-jour
lustre
lampe de bureau','lamps
light fittings
pendant lights
floor lamp
table lamp
chandelier
lampshade
wall light','Lampen
Leuchten
Hängelampe
Stehlampe
Tischlampe
Pendelleuchte
Designerleuchte
Wandleuchte
Lampenschirm
Kronleuchter
Leuchtenentwurf',4,'designer luminaire
designer de luminaires
créateur de luminaires
créatrice de luminaires
luminairiste','lamp designer
lighting designer
luminaire designer
lamp maker','Leuchtendesigner
Leuchtendesignerin
Lampendesigner
Lampendesignerin
Lichtdesigner
Lichtdesignerin');
INSERT INTO "members_skill" VALUES(44,'Impression 3D','3D printing','3D-Druck','3d-printing','prototypage rapide
fabrication additive
imprimante 3D
pièce imprimée en 3D
service d''impression 3D','rapid prototyping
additive manufacturing
3D printer
3D printed part
3D printing service
FDM printing','Rapid Prototyping
additive Fertigung
3D-Drucker
3D-Druckteil
3D-Druckservice
FDM-Druck
SLS-Druck
Resin-Druck',4,'technicien impression 3D
technicienne impression 3D
opérateur impression 3D
opératrice impression 3D
prototypiste','3D printing specialist
3D printing technician
additive manufacturing engineer
prototyper','3D-Druck-Techniker
3D-Druck-Technikerin
Prototypenbauer
Prototypenbauerin
Modellbauer
Modellbauerin');
INSERT INTO "members_skill" VALUES(45,'Game design','Game design','Game Design','game-design','conception de jeux
mécaniques de jeu
règles du jeu
jeu vidéo
jeu mobile
concept de jeu
équilibrage du jeu','game concept
gameplay
game mechanics
video game
mobile game
game balancing
game design document','Spielkonzept
Spielmechanik
Gameplay
Spielprinzip
Spielbalance
Spieldesign
Handyspiel
Videospiel
Computerspiel
Browserspiel',5,'game designer
concepteur de jeux
conceptrice de jeux
concepteur de jeux vidéo
conceptrice de jeux vidéo
designer de jeux','game designer
games designer
gameplay designer
systems designer','Game Designer
Game Designerin
Spieledesigner
Spieledesignerin
Spieleentwickler
Spieleentwicklerin');
INSERT INTO "members_skill" VALUES(46,'Level design','Level design','Leveldesign','level-design','conception de niveaux
cartes de jeu
niveaux
niveau de jeu
monde ouvert
éditeur de niveaux','map design
game levels
world building
level layout
level editor
level blockout','Levelgestaltung
Spielwelten
Kartendesign
Spiellevel
Levelaufbau
Leveleditor
Weltenbau',5,'level designer
concepteur de niveaux
conceptrice de niveaux','level designer
environment designer
world builder','Level Designer
Level Designerin
Leveldesigner
Leveldesignerin');
INSERT INTO "members_skill" VALUES(47,'Programmation de jeux','Game programming','Spieleprogrammierung','game-programming','développeur de jeux
Unity
Unreal Engine
moteur de jeu
Godot
développement de jeux vidéo
programmation gameplay','game developer
Unity
Unreal Engine
game engine
gameplay programming
game development','Spieleentwicklung
Unity
Unreal Engine
Gameplay-Programmierung
Multiplayer-Programmierung
Unity-Entwicklung',5,'programmeur de jeux
programmeuse de jeux
développeur de jeux vidéo
développeuse de jeux vidéo
programmeur gameplay
programmeuse gameplay
développeur Unity
développeuse Unity','game programmer
game developer
gameplay programmer
engine programmer
Unity developer','Spieleprogrammierer
Spieleprogrammiererin
Spieleentwickler
Spieleentwicklerin
Game Developer
Gameplay-Programmierer
Gameplay-Programmiererin');
INSERT INTO "members_skill" VALUES(48,'Serious games','Serious games','Serious Games','serious-games','jeu éducatif
ludification
jeu de formation
jeu pédagogique
apprendre en s''amusant
jeu sérieux
application éducative
jeu de sensibilisation','educational games
gamification
training games
learning game
game-based learning
edutainment
training simulation','Lernspiele
Gamification
Trainingsspiele
Lernspiel
spielerisch lernen
Planspiel
Museumsspiel
Schulungsspiel',5,'concepteur de serious games
conceptrice de serious games
game designer
concepteur pédagogique
conceptrice pédagogique','serious game designer
learning game designer
gamification consultant
instructional designer
game designer','Game Designer
Game Designerin
Lernspielentwickler
Lernspielentwicklerin
Gamification-Berater
Gamification-Beraterin');
INSERT INTO "members_skill" VALUES(49,'Graphisme de jeu','Game art','Game Art','game-art','personnages
décors de jeu
concept art
pixel art
assets de jeu
design de personnages','characters
concept art
game graphics
game assets
character design
environment art','Spielgrafik
Charakterdesign
Concept Art
Pixelgrafik
Game-Assets',5,'graphiste de jeux vidéo
game artist
concept artist
artiste 2D
artiste 3D
character designer','game artist
concept artist
character artist
environment artist
2D artist
3D artist
texture artist','Game Artist
Concept Artist
Spielegrafiker
Spielegrafikerin
Charakterdesigner
Charakterdesignerin
3D-Artist');
INSERT INTO "members_skill" VALUES(50,'Modélisation 3D','3D modelling','3D-Modellierung','3d-modelling','modèle 3D
sculpture numérique
Blender
personnage 3D
ZBrush
scan 3D','3D models
digital sculpting
Blender
3D character
low poly
3D scan','3D-Modelle
digitales Modellieren
Blender
3D-Figur
3D-Charakter
3D-Texturierung
Low-Poly
3D-Scan',5,'modeleur 3D
modeleuse 3D
infographiste 3D
graphiste 3D
artiste 3D
sculpteur numérique
sculptrice numérique','3D modeller
3D modeler
3D artist
digital sculptor
CG artist','3D-Modellierer
3D-Modelliererin
3D-Artist
3D-Designer
3D-Designerin
3D-Grafiker
3D-Grafikerin');
INSERT INTO "members_skill" VALUES(51,'Narration interactive','Narrative design','Narrative Design','narrative-design','scénario de jeu
dialogues
histoire interactive
histoire du jeu
fiction interactive
visual novel','game writing
interactive storytelling
dialogue writing
quest design
interactive fiction
game story','Spielgeschichte
interaktives Erzählen
Dialoge
Spielstory
Questdesign
interaktive Geschichte
Textadventure
Spielhandlung',5,'narrative designer
scénariste de jeux vidéo
scénariste
concepteur narratif
conceptrice narrative
dialoguiste','narrative designer
game writer
video game writer
scriptwriter','Narrative Designer
Narrative Designerin
Game Writer
Videospielautor
Videospielautorin
Drehbuchautor
Drehbuchautorin');
INSERT INTO "members_skill" VALUES(52,'Audio pour jeux vidéo','Game audio','Game-Audio','game-audio','bruitages de jeu
musique de jeu
son interactif
musique du jeu
musique de jeu vidéo
sons de jeu
Wwise
FMOD','game music
game sound effects
interactive audio
in-game music
video game music
video game sound','Spielmusik
Soundeffekte
interaktiver Sound
Musik im Spiel
Videospielmusik
Gamesound
Spielsounds',5,'sound designer
designer sonore
concepteur sonore
conceptrice sonore
compositeur de musique de jeux vidéo
compositrice de musique de jeux vidéo
audio designer','game audio designer
audio designer
sound designer
game composer
video game composer','Sounddesigner
Sounddesignerin
Audiodesigner
Audiodesignerin
Spielekomponist
Spielekomponistin
Game-Audio-Designer');
INSERT INTO "members_skill" VALUES(53,'Tests de jeu','Playtesting','Spieletests','playtesting','QA
testeur
bêta-test
playtest
chasse aux bugs','QA
game testing
beta testing
bug testing
game QA
alpha testing','Qualitätssicherung
Betatest
Spieletester
Testspieler
Bugtesting
Alphatest',5,'testeur de jeux vidéo
testeuse de jeux vidéo
testeur QA
testeuse QA
bêta-testeur
bêta-testeuse
playtesteur
playtesteuse','playtester
game tester
QA tester
quality assurance tester
beta tester','Spieletester
Spieletesterin
Gametester
Gametesterin
QA-Tester
QA-Testerin
Betatester
Betatesterin');
INSERT INTO "members_skill" VALUES(54,'Événements e-sport','Esports events','E-Sport-Events','esports-events','tournoi
compétition de jeux vidéo
LAN party
tournoi e-sport
tournoi de jeux vidéo
événement gaming
ligue e-sport','tournaments
gaming competitions
LAN party
esports tournament
gaming event
esports league
gaming tournament','Turnier
Gaming-Wettbewerb
LAN-Party
E-Sport-Turnier
Gaming-Turnier
Gaming-Event
E-Sport-Liga',5,'organisateur d''événements e-sport
organisatrice d''événements e-sport
organisateur de tournois
organisatrice de tournois
commentateur e-sport
commentatrice e-sport','esports event organiser
esports event organizer
tournament organiser
tournament organizer
esports caster
shoutcaster','E-Sport-Eventmanager
E-Sport-Eventmanagerin
Turnierorganisator
Turnierorganisatorin
E-Sport-Kommentator
E-Sport-Kommentatorin');
INSERT INTO "members_skill" VALUES(55,'Jeux de société','Board games','Brettspiele','board-games','jeu de plateau
jeu de cartes
édition de jeux
jeu de dés
plateau de jeu
jeu d''ambiance','tabletop games
card games
game publishing
dice game
game board','Gesellschaftsspiele
Kartenspiele
Spieleverlag
Würfelspiel
Spielbrett
Spielanleitung
Tabletop-Spiel',5,'auteur de jeux de société
autrice de jeux de société
créateur de jeux de société
créatrice de jeux de société
éditeur de jeux
éditrice de jeux','board game designer
tabletop game designer
game designer
game inventor
game publisher','Spieleautor
Spieleautorin
Brettspielautor
Brettspielautorin
Spieleerfinder
Spieleerfinderin
Spieleverleger
Spieleverlegerin');
INSERT INTO "members_skill" VALUES(56,'Rédaction publicitaire','Copywriting','Werbetexten','copywriting','textes
slogan
rédacteur
accroche
fiche produit
texte publicitaire','copy
slogans
ad writing
tagline
product description
sales copy','Texter
Slogan
Werbetexte
Webtexte
Produktbeschreibung
Texterstellung
Werbespruch',6,'rédacteur publicitaire
rédactrice publicitaire
concepteur-rédacteur
conceptrice-rédactrice
rédacteur
rédactrice
copywriter','copywriter
advertising copywriter
creative copywriter
content writer','Werbetexter
Werbetexterin
Texter
Texterin
Copywriter
Konzepter
Konzepterin');
INSERT INTO "members_skill" VALUES(57,'Réseaux sociaux','Social media','Social Media','social-media','Instagram
community management
publications
Facebook
TikTok
stratégie social media','Instagram
community management
posts
social media strategy','Instagram
Community Management
Beiträge
Social-Media-Betreuung
Social-Media-Auftritt
Social-Media-Strategie
Reels',6,'community manager
social media manager
gestionnaire de communauté
chargé de communication digitale
chargée de communication digitale','social media manager
community manager
social media specialist
social media consultant
social media marketer','Social Media Manager
Social Media Managerin
Community Manager
Community Managerin
Social-Media-Berater
Social-Media-Beraterin
Social-Media-Redakteur
Social-Media-Redakteurin');
INSERT INTO "members_skill" VALUES(58,'Communication événementielle','Event communication','Eventkommunikation','event-communication','événement
salon
inauguration
organisation d''événements
concept événementiel
organisation de séminaires','events
launch party
trade show
event planning
event organisation
event concept','Veranstaltung
Messe
Firmenevent
Eventorganisation
Eventplanung
Veranstaltungsorganisation
Eventkonzept
Veranstaltungsplanung',6,'chargé de communication événementielle
chargée de communication événementielle
organisateur d''événements
organisatrice d''événements
chef de projet événementiel
cheffe de projet événementiel
event manager','event manager
event planner
event organiser
event organizer
event coordinator','Eventmanager
Eventmanagerin
Eventplaner
Eventplanerin
Veranstaltungsplaner
Veranstaltungsplanerin
Veranstaltungskaufmann
Veranstaltungskauffrau');
INSERT INTO "members_skill" VALUES(59,'Stratégie de marque','Brand strategy','Markenstrategie','brand-strategy','positionnement
branding
plateforme de marque
naming
valeurs de marque
architecture de marque
recherche de nom','positioning
branding
brand platform
brand values
brand architecture
brand development','Positionierung
Branding
Markenführung
Markenentwicklung
Markenkern
Markenwerte
Markenarchitektur
Namensfindung
Markenberatung',6,'stratège de marque
consultant en stratégie de marque
consultante en stratégie de marque
brand manager
planneur stratégique
planneuse stratégique','brand strategist
brand consultant
branding consultant
brand manager
strategic planner','Markenstratege
Markenstrategin
Markenberater
Markenberaterin
Brand Manager
Brand Managerin');
INSERT INTO "members_skill" VALUES(60,'Relations presse','Public relations','Pressearbeit','public-relations','RP
communiqué de presse
attaché de presse
relations médias
conférence de presse
dossier de presse
communication de crise
communiqué aux médias','PR
press releases
media relations
press kit
press conference
media coverage
crisis communication','PR
Pressemitteilung
Öffentlichkeitsarbeit
Medienarbeit
Pressekonferenz
Pressemappe
Medienmitteilung
Pressetext
Presseverteiler
Krisenkommunikation',6,'attaché de presse
attachée de presse
chargé de relations presse
chargée de relations presse
consultant en relations publiques
consultante en relations publiques','PR consultant
press officer
publicist
public relations officer
PR manager','Pressesprecher
Pressesprecherin
Pressereferent
Pressereferentin
PR-Berater
PR-Beraterin
PR-Manager
PR-Managerin');
INSERT INTO "members_skill" VALUES(61,'Campagnes publicitaires','Advertising campaigns','Werbekampagnen','advertising-campaigns','pub
affichage
spot publicitaire
campagne d''affichage
annonce presse
plan média
encart publicitaire','ads
billboards
commercials
ad campaign
print ad
media planning
poster campaign','Werbung
Plakatwerbung
Werbespot
Plakatkampagne
Anzeigenkampagne
Inserat
Zeitungsanzeige
Imagekampagne
Mediaplanung
Kinowerbung',6,'publicitaire
directeur artistique
directrice artistique
concepteur-rédacteur
conceptrice-rédactrice
chef de publicité
cheffe de publicité
media planner','advertising executive
advertising consultant
art director
creative director
media planner','Werbefachmann
Werbefachfrau
Werbekaufmann
Werbekauffrau
Art Director
Creative Director
Mediaplaner
Mediaplanerin');
INSERT INTO "members_skill" VALUES(62,'Référencement','Search marketing','Suchmaschinenmarketing','search-marketing','SEO
Google
visibilité en ligne
référencement naturel
référencement payant
référencement local','SEO
Google Ads
online visibility
search engine optimisation
keyword research
local SEO
pay-per-click','SEO
Google-Ranking
Sichtbarkeit im Netz
Suchmaschinenoptimierung
Google-Anzeigen
Keyword-Recherche
Suchmaschinenwerbung',6,'référenceur
référenceuse
consultant SEO
consultante SEO
expert SEO
experte SEO
consultant SEA
consultante SEA','SEO consultant
SEO specialist
SEO expert
SEM specialist
PPC specialist
search marketer','SEO-Berater
SEO-Beraterin
SEO-Experte
SEO-Expertin
SEO-Manager
SEO-Managerin
Suchmaschinenoptimierer
Suchmaschinenoptimiererin');
INSERT INTO "members_skill" VALUES(63,'Marketing de contenu','Content marketing','Content-Marketing','content-marketing','blog
newsletter
articles
article de blog
ligne éditoriale
livre blanc
stratégie de contenu
calendrier éditorial','blog posts
newsletter
articles
whitepaper
content strategy
editorial calendar','Blog
Newsletter
Fachartikel
Blogartikel
Blogbeitrag
Redaktionsplan
Ratgeberartikel
Content-Strategie',6,'rédacteur web
rédactrice web
content manager
créateur de contenu
créatrice de contenu
blogueur
blogueuse','content marketer
content writer
content strategist
content manager
content creator
blogger','Content Manager
Content Managerin
Content-Marketing-Manager
Content-Marketing-Managerin
Online-Redakteur
Online-Redakteurin
Blogger
Bloggerin');
INSERT INTO "members_skill" VALUES(64,'Communication interne','Internal communication','Interne Kommunikation','internal-communication','journal interne
intranet
communication RH
magazine interne
newsletter interne
communication du changement
journal du personnel','staff newsletter
intranet
employee engagement
employee magazine
internal newsletter
change communication
staff magazine','Mitarbeiterzeitung
Intranet
Mitarbeiterkommunikation
Mitarbeitermagazin
Personalzeitung
Mitarbeiternewsletter
Change-Kommunikation
Hauszeitung',6,'chargé de communication interne
chargée de communication interne
responsable communication interne
consultant en communication interne
consultante en communication interne
chargé de communication
chargée de communication','internal communications manager
internal communications officer
internal communications consultant
communications officer
employee communications specialist','Kommunikationsreferent
Kommunikationsreferentin
Kommunikationsberater
Kommunikationsberaterin
Kommunikationsmanager
Kommunikationsmanagerin
Referent für interne Kommunikation
Referentin für interne Kommunikation');
INSERT INTO "members_skill" VALUES(65,'Études de marché','Market research','Marktforschung','market-research','sondage
enquête clients
analyse de la concurrence
focus group
analyse de marché
enquête de satisfaction','surveys
customer research
competitor analysis
market analysis
satisfaction survey
target audience analysis
visitor survey','Umfrage
Kundenbefragung
Wettbewerbsanalyse
Marktanalyse
Zielgruppenanalyse
Fokusgruppe
Marktstudie
Konkurrenzanalyse
Gästebefragung
Besucherbefragung',6,'chargé d''études marketing
chargée d''études marketing
chargé d''études de marché
chargée d''études de marché
analyste marketing
consultant en études de marché
consultante en études de marché','market researcher
market research analyst
marketing analyst
consumer insights analyst
research consultant','Marktforscher
Marktforscherin
Marktanalyst
Marktanalystin
Meinungsforscher
Meinungsforscherin');
INSERT INTO "members_skill" VALUES(66,'Marketing d''influence','Influencer marketing','Influencer-Marketing','influencer-marketing','influenceurs
créateurs de contenu
ambassadeurs de marque
créateurs TikTok
partenariats avec des créateurs
campagne d''influence
youtubeur
placement de produit
micro-influenceurs','influencers
content creators
brand ambassadors
TikTok creators
Instagram creators
creator partnerships
influencer campaign
YouTuber
sponsored posts
user-generated content
product seeding','Influencer
Content Creator
Markenbotschafter
Instagram-Creator
TikTok-Creator
Creator-Kooperationen
Influencer-Kampagne
Influencer-Kooperation
Micro-Influencer
Produktplatzierung',6,'influenceur
influenceuse
créateur de contenu
créatrice de contenu
chargé de marketing d''influence
chargée de marketing d''influence
influencer marketing manager','influencer
content creator
influencer marketing manager
influencer manager
brand ambassador','Influencer
Influencerin
Content Creator
Content Creatorin
Influencer-Marketing-Manager
Influencer-Marketing-Managerin
Markenbotschafter
Markenbotschafterin');
INSERT INTO "members_skill" VALUES(67,'Patronage','Pattern making','Schnitttechnik','pattern-making','patron
modéliste
gradation
patron de couture
gradation des tailles','sewing patterns
pattern cutting
grading
pattern drafting
garment pattern','Schnittmuster
Schnitterstellung
Gradierung
Schnitte
Schnittkonstruktion
Schnittentwicklung
Schnittvorlage
Grundschnitt
Schnittbogen',7,'modéliste
patronnier
patronnière
modéliste patronnier
modéliste patronnière
gradeur
gradeuse','pattern maker
patternmaker
pattern cutter
pattern grader','Schnitttechniker
Schnitttechnikerin
Direktrice
Modellmacher
Modellmacherin
Bekleidungstechniker
Bekleidungstechnikerin');
INSERT INTO "members_skill" VALUES(68,'Mode durable','Sustainable fashion','Nachhaltige Mode','sustainable-fashion','mode éthique
slow fashion
vêtements recyclés
mode écoresponsable
vêtements bio
mode upcyclée
mode seconde main','ethical fashion
slow fashion
upcycled clothing
eco fashion
organic clothing
circular fashion
fair trade clothing','Fair Fashion
Slow Fashion
Upcycling-Kleidung
Ökomode
Bio-Mode
nachhaltige Kleidung
faire Kleidung
Secondhand-Mode
Biobaumwolle',7,'créateur de mode éthique
créatrice de mode éthique
créateur de mode
créatrice de mode
styliste
designer de mode durable','sustainable fashion designer
ethical fashion designer
fashion designer
upcycling designer','Modedesigner
Modedesignerin
Upcycling-Designer
Upcycling-Designerin
Designer für nachhaltige Mode
Designerin für nachhaltige Mode');
INSERT INTO "members_skill" VALUES(69,'Stylisme','Fashion design','Modedesign','fashion-design','créateur de mode
collection
vêtements
création de vêtements
uniformes du personnel
vêtements de travail
collection capsule','clothing design
fashion collection
designer clothes
clothing line
staff uniforms
workwear design
capsule collection','Modedesigner
Kollektion
Kleidung
Modeentwurf
Bekleidungsdesign
Modekollektion
Uniformdesign
Berufsbekleidung
Personalbekleidung',7,'styliste
créateur de mode
créatrice de mode
designer de mode
styliste modéliste
couturier
couturière','fashion designer
clothing designer
apparel designer
couturier','Modedesigner
Modedesignerin
Modeschöpfer
Modeschöpferin
Modegestalter
Modegestalterin');
INSERT INTO "members_skill" VALUES(70,'Couture sur mesure','Bespoke tailoring','Maßschneiderei','bespoke-tailoring','couturière
tailleur
retouches
costume sur mesure
chemise sur mesure
atelier de couture','tailor
made-to-measure
alterations
bespoke suit
made-to-measure shirt
tailored suit','Schneider
Maßanfertigung
Änderungsschneiderei
Maßanzug
Maßhemd
Maßkonfektion
Schneideratelier
Dirndl
Kleideränderung',7,'tailleur
tailleur sur mesure
couturier
couturière
couturière sur mesure
retoucheur
retoucheuse','tailor
bespoke tailor
dressmaker
seamstress
alterations tailor','Maßschneider
Maßschneiderin
Schneider
Schneiderin
Damenschneider
Damenschneiderin
Herrenschneider
Herrenschneiderin');
INSERT INTO "members_skill" VALUES(71,'Robes de mariée','Bridal wear','Brautmode','bridal-wear','mariage
robe de soirée
tenue de cérémonie
voile de mariée
robe de mariage
costume de marié
robe de demoiselle d''honneur','wedding dress
evening gowns
ceremony outfits
bridal gown
bridesmaid dress
wedding veil
wedding suit','Brautkleid
Abendkleid
Hochzeitsmode
Hochzeitskleid
Brautschleier
Standesamtkleid
Brautjungfernkleid
Hochzeitsanzug
Ballkleid',7,'créateur de robes de mariée
créatrice de robes de mariée
couturière
couturier
styliste','bridal designer
wedding dress designer
bridal dressmaker
bridal seamstress
dressmaker','Brautmodendesigner
Brautmodendesignerin
Maßschneider
Maßschneiderin
Schneider
Schneiderin');
INSERT INTO "members_skill" VALUES(72,'Maille','Knitwear','Strickmode','knitwear','tricot
pull
laine
pull en laine
bonnet tricoté
articles en maille','knitting
jumpers
wool
cardigan
knitted hat
sweater','Stricken
Pullover
Wolle
Strickwaren
Strickjacke
Strickmütze
Wollpullover
Maschenware
Strickdesign
Häkelarbeit',7,'designer maille
styliste maille
tricoteur
tricoteuse
créateur de tricots
créatrice de tricots','knitwear designer
knit designer
knitting designer
knitter','Strickdesigner
Strickdesignerin
Stricker
Strickerin');
INSERT INTO "members_skill" VALUES(73,'Conseil en image','Fashion styling','Stilberatung','fashion-styling','styliste
relooking
garde-robe
conseil en style
personal shopping
lookbook','stylist
makeover
wardrobe advice
style advice
colour analysis','Styling
Typberatung
Garderobe
Imageberatung
Kleiderschrankcheck
Outfitberatung
Modestyling',7,'conseiller en image
conseillère en image
styliste
styliste personnel
styliste personnelle
relookeur
relookeuse
personal shopper','stylist
fashion stylist
personal stylist
image consultant
wardrobe stylist
personal shopper','Stylist
Stylistin
Stilberater
Stilberaterin
Imageberater
Imageberaterin
Typberater
Typberaterin');
INSERT INTO "members_skill" VALUES(74,'Chapellerie','Millinery','Hutmacherei','millinery','chapeaux
modiste
couvre-chef
chapeau sur mesure
chapeau de paille
chapeau de feutre
bibi','hats
hat maker
headwear
fascinator
bespoke hat
felt hat
straw hat','Hüte
Modistin
Kopfbedeckungen
Hutmode
Damenhut
Filzhut
Strohhut
Maßhut',7,'modiste
chapelier
chapelière
créateur de chapeaux
créatrice de chapeaux','milliner
hat maker
hatter
hat designer','Modist
Modistin
Hutmacher
Hutmacherin
Hutdesigner
Hutdesignerin');
INSERT INTO "members_skill" VALUES(75,'Création de costumes','Costume design','Kostümbild','costume-design','costumier
costumes de scène
déguisements
costume de théâtre
costume de carnaval
costumes historiques
costume de mascotte','stage costumes
film costumes
wardrobe department
costumes
theatre costumes
carnival costume
fancy dress
mascot costume','Kostümbildner
Bühnenkostüme
Filmkostüme
Kostüme
Theaterkostüm
Fasnachtskostüm
Faschingskostüm
Karnevalskostüm
Tanzkostüm
Maskottchenkostüm
Kostümverleih',7,'costumier
costumière
créateur de costumes
créatrice de costumes
chef costumier
cheffe costumière
habilleur
habilleuse','costume designer
costume maker
costumier
costume supervisor
wardrobe supervisor','Kostümbildner
Kostümbildnerin
Gewandmeister
Gewandmeisterin
Kostümschneider
Kostümschneiderin
Kostümdesigner
Kostümdesignerin');
INSERT INTO "members_skill" VALUES(76,'Accessoires de mode','Fashion accessories','Modeaccessoires','fashion-accessories','sacs
foulards
ceintures
sac à main
cravate
étole','bags
scarves
belts
handbag
silk scarf
necktie
clutch bag','Taschen
Tücher
Gürtel
Handtasche
Halstuch
Krawatte
Seidenschal
Seidentuch
Clutch',7,'créateur d''accessoires
créatrice d''accessoires
designer d''accessoires
styliste accessoires
maroquinier
maroquinière','accessories designer
accessory designer
handbag designer
bag designer
leather goods designer','Accessoire-Designer
Accessoire-Designerin
Taschendesigner
Taschendesignerin
Feintäschner
Feintäschnerin');
INSERT INTO "members_skill" VALUES(77,'Création de chaussures','Footwear design','Schuhdesign','footwear-design','chaussures
bottier
cordonnerie
sneakers
bottes sur mesure
réparation de chaussures
souliers','shoes
shoemaker
cobbler
bespoke shoes
shoe repair','Schuhe
Schuhmacher
Maßschuhe
Sneaker
Schuhkollektion
Stiefel
Schuhreparatur
Schuhmacherei
Sneakerdesign',7,'bottier
bottière
cordonnier
cordonnière
designer de chaussures
créateur de chaussures
créatrice de chaussures','footwear designer
shoe designer
shoemaker
bootmaker
cobbler','Schuhdesigner
Schuhdesignerin
Schuhmacher
Schuhmacherin
Maßschuhmacher
Maßschuhmacherin');
INSERT INTO "members_skill" VALUES(78,'Développement web','Web development','Webentwicklung','web-development','site internet
site web
application web
refonte de site
site vitrine
système de réservation en ligne
portail client
développement front-end','website
web app
website builder
website redesign
booking system
customer portal
front-end development','Website
Homepage
Webanwendung
Webprogrammierung
Frontend-Entwicklung
Backend-Entwicklung
Kundenportal
Online-Buchungssystem
Website-Relaunch
API-Anbindung',8,'développeur web
développeuse web
développeur front-end
développeuse front-end
développeur full stack
développeuse full stack
intégrateur web
intégratrice web
webmaster','web developer
front-end developer
back-end developer
full-stack developer
web programmer
webmaster','Webentwickler
Webentwicklerin
Webprogrammierer
Webprogrammiererin
Frontend-Entwickler
Frontend-Entwicklerin
Full-Stack-Entwickler
Full-Stack-Entwicklerin');
INSERT INTO "members_skill" VALUES(79,'Recherche UX','UX research','UX-Research','ux-research','tests utilisateurs
expérience utilisateur
ergonomie
entretiens avec les utilisateurs
interroger les utilisateurs
test d''utilisabilité
audit UX
étude utilisateurs','user testing
usability
user interviews
user research
talk to users
usability testing
UX audit
card sorting
eye tracking','Nutzertests
Usability
Nutzerforschung
Nutzerinterviews
mit Nutzern sprechen
Nutzerbefragung
Usability-Test
Benutzerfreundlichkeit
Nutzerfreundlichkeit
UX-Audit
Nutzerstudie
Eye-Tracking',8,'chercheur UX
chercheuse UX
UX researcher
ergonome
designer UX','UX researcher
user researcher
usability specialist
usability consultant
UX designer','UX-Researcher
UX-Researcherin
UX-Forscher
UX-Forscherin
Usability-Experte
Usability-Expertin
UX-Designer
UX-Designerin');
INSERT INTO "members_skill" VALUES(80,'Design d''interface','UI design','UI-Design','ui-design','interface
maquettes d''écran
design d''application
prototype cliquable
wireframe
Figma
design system','interface design
app design
screen mockups
clickable prototype','Benutzeroberfläche
App-Design
Screendesign
klickbarer Prototyp
Oberfläche
Designsystem
Klickdummy
Bedienoberfläche',8,'designer UI
UI designer
designer d''interface
webdesigner
webdesigneuse
designer UX/UI','UI designer
interface designer
UX/UI designer
web designer
app designer','UI-Designer
UI-Designerin
Interface-Designer
Interface-Designerin
Screendesigner
Screendesignerin
Webdesigner
Webdesignerin');
INSERT INTO "members_skill" VALUES(81,'Applications mobiles','Mobile apps','Mobile Apps','mobile-apps','appli
application iPhone
application Android
application smartphone
application iOS
développement d''applications','apps
iPhone app
Android app
smartphone app
iOS app
app development
React Native','App
iPhone-App
Android-App
Smartphone-App
Handy-App
iOS-App
App-Entwicklung
Tablet-App
Flutter
Gemeinde-App',8,'développeur mobile
développeuse mobile
développeur d''applications mobiles
développeuse d''applications mobiles
développeur iOS
développeuse iOS
développeur Android
développeuse Android','app developer
mobile developer
mobile app developer
iOS developer
Android developer','App-Entwickler
App-Entwicklerin
iOS-Entwickler
iOS-Entwicklerin
Android-Entwickler
Android-Entwicklerin');
INSERT INTO "members_skill" VALUES(82,'Réalité virtuelle et augmentée','Virtual & augmented reality','Virtuelle & erweiterte Realität','virtual-augmented-reality','VR
réalité augmentée
casque VR
réalité virtuelle
réalité mixte
expérience VR
application AR
métavers','VR
AR
mixed reality
virtual reality
VR experience
VR headset
metaverse','VR
AR
Augmented Reality
virtuelle Realität
VR-Brille
erweiterte Realität
VR-Erlebnis',8,'développeur VR
développeuse VR
développeur réalité virtuelle
développeuse réalité virtuelle
développeur XR
développeuse XR
designer XR','VR developer
AR developer
XR developer
XR designer
VR designer','VR-Entwickler
VR-Entwicklerin
AR-Entwickler
AR-Entwicklerin
XR-Entwickler
XR-Entwicklerin
XR-Designer
XR-Designerin');
INSERT INTO "members_skill" VALUES(83,'Creative coding','Creative coding','Creative Coding','creative-coding','art génératif
code créatif
installation interactive
TouchDesigner
art algorithmique
design génératif','generative art
code art
interactive installations
algorithmic art
generative design
creative technology','generative Kunst
kreatives Programmieren
interaktive Installation
algorithmische Kunst
generative Grafik
Computerkunst',8,'codeur créatif
codeuse créative
creative coder
développeur créatif
développeuse créative
artiste numérique
artiste génératif
artiste générative','creative coder
creative technologist
creative developer
generative artist
digital artist','Creative Coder
Creative Technologist
Creative Developer
Medienkünstler
Medienkünstlerin
Digitalkünstler
Digitalkünstlerin');
INSERT INTO "members_skill" VALUES(84,'E-commerce','E-commerce','E-Commerce','e-commerce','boutique en ligne
vente en ligne
Shopify
vendre en ligne
commander en ligne
site marchand
WooCommerce
PrestaShop
paiement en ligne','online shop
web shop
Shopify
sell online
order online
online store
Magento
shopping cart','Onlineshop
Onlinehandel
Shopify
online verkaufen
online bestellen
Shopsystem
Shopware
Warenkorb
Zahlungsabwicklung',8,'développeur e-commerce
développeuse e-commerce
consultant e-commerce
consultante e-commerce
chef de projet e-commerce
cheffe de projet e-commerce
responsable e-commerce','e-commerce developer
e-commerce consultant
e-commerce manager
Shopify developer
Shopify expert','E-Commerce-Manager
E-Commerce-Managerin
E-Commerce-Berater
E-Commerce-Beraterin
Onlineshop-Entwickler
Onlineshop-Entwicklerin
Kaufmann im E-Commerce
Kauffrau im E-Commerce');
INSERT INTO "members_skill" VALUES(85,'Visualisation de données','Data visualisation','Datenvisualisierung','data-visualisation','dataviz
graphiques interactifs
tableau de bord
carte interactive
journalisme de données
Power BI','dataviz
interactive charts
dashboards
interactive map
data journalism
data storytelling
KPI dashboard','Datengrafik
interaktive Grafiken
Dashboard
interaktive Karte
Datenjournalismus
Datenstory
KPI-Dashboard',8,'designer de données
data designer
développeur dataviz
développeuse dataviz
infographiste
journaliste de données','data visualisation designer
data visualization designer
data designer
information designer
data journalist','Datenvisualisierer
Datenvisualisiererin
Informationsdesigner
Informationsdesignerin
Infografiker
Infografikerin
Datenjournalist
Datenjournalistin');
INSERT INTO "members_skill" VALUES(86,'Installations numériques','Digital installations','Digitale Installationen','digital-installations','vidéo mapping
projection
dispositif interactif
projection sur façade
installation immersive
borne interactive
exposition immersive','projection mapping
media art
interactive displays
facade projection
immersive installation
interactive kiosk','Projection Mapping
Medienkunst
interaktive Exponate
Fassadenprojektion
Medieninstallation
Multimedia-Installation
Medienstation
immersive Ausstellung',8,'artiste numérique
artiste multimédia
concepteur multimédia
conceptrice multimédia
scénographe numérique
VJ','media artist
new media artist
digital artist
installation artist
projection mapping artist
VJ','Medienkünstler
Medienkünstlerin
Digitalkünstler
Digitalkünstlerin
Installationskünstler
Installationskünstlerin
Mediengestalter
Mediengestalterin
VJ');
INSERT INTO "members_skill" VALUES(87,'Accessibilité numérique','Digital accessibility','Digitale Barrierefreiheit','digital-accessibility','RGAA
site accessible
handicap
accessibilité
facile à lire
lecteur d''écran
audit d''accessibilité
FALC
PDF accessible','WCAG
accessible website
inclusive design
accessibility
easy to read
screen reader
accessibility audit
accessible PDF
European Accessibility Act','WCAG
barrierefreie Website
Inklusion
barrierefrei
Barrierefreiheit
gut lesbar
Leichte Sprache
Screenreader
BITV
Barrierefreiheitsprüfung
Accessibility-Audit
barrierefreies PDF
BFSG',8,'expert en accessibilité numérique
experte en accessibilité numérique
consultant accessibilité
consultante accessibilité
auditeur accessibilité
auditrice accessibilité
référent accessibilité
référente accessibilité','accessibility consultant
accessibility specialist
accessibility auditor
accessibility tester
inclusive designer','Accessibility-Experte
Accessibility-Expertin
Accessibility-Berater
Accessibility-Beraterin
Berater für digitale Barrierefreiheit
Beraterin für digitale Barrierefreiheit
Prüfer für Barrierefreiheit
Prüferin für Barrierefreiheit');
INSERT INTO "members_skill" VALUES(88,'Sites avec CMS','CMS websites','CMS-Websites','cms-websites','WordPress
Wagtail
site facile à modifier
CMS
mettre à jour nous-mêmes
Drupal
Joomla
maintenance de site
Webflow
Squarespace','WordPress
Wagtail
editable website
CMS
update it ourselves
easy to update
website maintenance','WordPress
Wagtail
Redaktionssystem
CMS
selbst pflegen
TYPO3
Jimdo
Website-Pflege',8,'développeur web
développeuse web
développeur WordPress
développeuse WordPress
intégrateur web
intégratrice web
webdesigner
webmaster','web developer
WordPress developer
CMS developer
web designer
webmaster','Webentwickler
Webentwicklerin
WordPress-Entwickler
WordPress-Entwicklerin
Webdesigner
Webdesignerin
Webmaster');
INSERT INTO "members_skill" VALUES(89,'Composition musicale','Music composition','Komposition','music-composition','compositeur
musique originale
bande originale
chanson originale
écriture de chansons
hymne','composer
original score
soundtrack
songwriting
commissioned music
anthem
original song','Komponist
Auftragskomposition
Soundtrack
Auftragsmusik
Vereinshymne
Firmenhymne
Liedkomposition
Chorwerk',9,'compositeur
compositrice
auteur-compositeur
autrice-compositrice
musicien
musicienne','composer
music composer
songwriter
musician','Komponist
Komponistin
Songwriter
Songwriterin
Liedermacher
Liedermacherin
Musiker
Musikerin');
INSERT INTO "members_skill" VALUES(90,'Design sonore','Sound design','Sounddesign','sound-design','bruitage
habillage sonore
effets sonores
paysage sonore
identité sonore','sound effects
audio branding
foley
sonic branding
soundscape','Geräuschemacher
Soundeffekte
Audio-Branding
Klanggestaltung
Soundlogo
Klangkunst
Klanglandschaft',9,'sound designer
designer sonore
concepteur sonore
conceptrice sonore
bruiteur
bruiteuse
ingénieur du son
ingénieure du son','sound designer
audio designer
foley artist
sound artist
sound effects editor','Sounddesigner
Sounddesignerin
Audiodesigner
Audiodesignerin
Geräuschemacher
Geräuschemacherin
Klangkünstler
Klangkünstlerin');
INSERT INTO "members_skill" VALUES(91,'Mixage et mastering','Mixing & mastering','Mixing & Mastering','mixing-mastering','mix
finalisation audio
ingénieur mastering
mastering
mixage audio','mixdown
audio finishing
mastering engineer
stem mastering
album mastering
track mixing','Abmischung
Mastering-Studio
Tonmeister
Stem-Mastering
Albummastering
Audiomastering',9,'ingénieur du son
ingénieure du son
ingénieur mastering
ingénieure mastering
ingénieur de mixage
ingénieure de mixage','mixing engineer
mix engineer
mastering engineer
audio engineer
sound engineer','Tontechniker
Tontechnikerin
Tonmeister
Tonmeisterin
Toningenieur
Toningenieurin
Mastering-Engineer
Mischtonmeister');
INSERT INTO "members_skill" VALUES(92,'Enregistrement studio','Studio recording','Studioaufnahmen','studio-recording','studio d''enregistrement
prise de son
enregistrer un album
enregistrement d''album
enregistrement de démo
session studio','recording studio
tracking
record an album
demo recording
vocal recording
album recording
studio session','Tonstudio
Tonaufnahme
Album aufnehmen
Aufnahmestudio
Demoaufnahme
CD-Aufnahme
Gesangsaufnahme
Chor-Aufnahme
Albumaufnahme
Bandaufnahme',9,'ingénieur du son
ingénieure du son
ingénieur d''enregistrement
ingénieure d''enregistrement
preneur de son
preneuse de son
technicien du son
technicienne du son','recording engineer
sound engineer
audio engineer
studio engineer','Tontechniker
Tontechnikerin
Tonmeister
Tonmeisterin
Toningenieur
Toningenieurin
Aufnahmeleiter
Aufnahmeleiterin');
INSERT INTO "members_skill" VALUES(93,'Concerts et prestations live','Live performance','Live-Auftritte','live-performance','concert
groupe
musicien pour mariage
musique live
groupe de reprises
orchestre de bal','concerts
band
wedding musician
live music
live band
cover band
function band','Konzert
Band
Hochzeitsmusiker
Livemusik
Liveband
Hochzeitsband
Partyband
Coverband
Tanzband
Alleinunterhalter
Blaskapelle',9,'musicien
musicienne
chanteur
chanteuse
musicien de mariage
musicienne de mariage
artiste de scène','musician
singer
performer
live musician
session musician
wedding singer','Musiker
Musikerin
Sänger
Sängerin
Livemusiker
Livemusikerin
Hochzeitsmusiker
Hochzeitsmusikerin');
INSERT INTO "members_skill" VALUES(94,'Production musicale','Music production','Musikproduktion','music-production','beatmaker
réalisateur artistique
producteur
remix
production d''album
Ableton','beatmaking
producer
beats
album production
Logic Pro
FL Studio','Produzent
Beats
Songproduktion
Albumproduktion',9,'producteur de musique
productrice de musique
producteur musical
productrice musicale
réalisateur artistique
réalisatrice artistique
beatmaker','music producer
record producer
beatmaker
audio producer','Musikproduzent
Musikproduzentin
Beatmaker
Beatmakerin
Tonmeister
Tonmeisterin');
INSERT INTO "members_skill" VALUES(95,'Arrangement','Arranging','Arrangement','arranging','orchestration
arrangeur
partitions
arrangement pour orchestre
arrangement choral
transcription musicale','orchestration
arranger
sheet music
choir arrangement
orchestral arrangement
horn arrangement
lead sheet','Orchestrierung
Arrangeur
Notensatz
Chorsatz
Bläsersatz
Partitur
Orchesterarrangement
Chorarrangement
Leadsheet',9,'arrangeur
arrangeuse
orchestrateur
orchestratrice
copiste','arranger
music arranger
orchestrator
music copyist','Arrangeur
Arrangeurin
Orchestrator
Orchestratorin
Notensetzer
Notensetzerin');
INSERT INTO "members_skill" VALUES(96,'Sonorisation','Live sound engineering','Beschallung','live-sound','sono
ingénieur du son
régie son
technique son
table de mixage','PA system
sound engineer
front of house
PA hire
event sound
mixing desk
soundcheck','Tontechnik
PA-Anlage
Tontechniker
Beschallungsanlage
Tonanlage
Lautsprecheranlage
Mischpult
Veranstaltungstechnik',9,'ingénieur du son
ingénieure du son
sonorisateur
sonorisatrice
technicien son
technicienne son
régisseur son
régisseuse son','live sound engineer
sound engineer
front of house engineer
FOH engineer
monitor engineer
sound technician
audio technician','Tontechniker
Tontechnikerin
Veranstaltungstechniker
Veranstaltungstechnikerin
Beschallungstechniker
Beschallungstechnikerin
FOH-Techniker
FOH-Technikerin');
INSERT INTO "members_skill" VALUES(97,'Enseignement musical','Music tuition','Musikunterricht','music-tuition','cours de musique
cours de piano
professeur de chant
cours de guitare
cours de chant
cours de batterie
solfège','music lessons
piano lessons
singing teacher
guitar lessons
singing lessons
drum lessons
vocal coaching','Musikstunden
Klavierunterricht
Gesangslehrer
Gitarrenunterricht
Gesangsunterricht
Schlagzeugunterricht
Geigenunterricht
Instrumentalunterricht
Gesangscoaching',9,'professeur de musique
professeure de musique
professeur de piano
professeure de piano
professeur de chant
professeure de chant
professeur de guitare
professeure de guitare','music teacher
music tutor
music instructor
piano teacher
singing teacher
vocal coach
guitar teacher','Musiklehrer
Musiklehrerin
Musikpädagoge
Musikpädagogin
Klavierlehrer
Klavierlehrerin
Gesangslehrer
Gesangslehrerin
Gitarrenlehrer
Gitarrenlehrerin');
INSERT INTO "members_skill" VALUES(98,'DJ','DJing','DJ','djing','disc-jockey
platines
soirée dansante
DJ set
soirée DJ','DJ
disc jockey
party music
party DJ
event DJ
mobile disco','Discjockey
Plattenaufleger
Partymusik
DJ-Set
Party-DJ
Event-DJ',9,'DJ
disc-jockey
deejay
DJ de mariage','DJ
disc jockey
deejay
wedding DJ
club DJ','DJ
DJane
Discjockey
Hochzeits-DJ
Plattenaufleger
Plattenauflegerin');
INSERT INTO "members_skill" VALUES(99,'Musique à l''image','Music for film & media','Musik für Film & Medien','music-for-media','musique de film
musique de pub
jingle
musique originale
bande originale
habillage sonore
musique de bande-annonce
musique d''attente
synchronisation musicale
musique pour vidéo','film music
ad music
jingles
original score
soundtrack
theme tune
trailer music
on-hold music
music licensing
sync licensing','Filmmusik
Werbemusik
Jingle
Erkennungsmelodie
Soundtrack
Titelmusik
Trailermusik
Musiklizenzierung
Warteschleifenmusik
Intro-Musik
Podcastmusik',9,'compositeur de musique de film
compositrice de musique de film
compositeur pour l''image
compositrice pour l''image
compositeur
compositrice
superviseur musical
superviseuse musicale','film composer
media composer
composer
music supervisor
jingle writer','Filmkomponist
Filmkomponistin
Komponist
Komponistin
Music Supervisor
Music Supervisorin');
INSERT INTO "members_skill" VALUES(100,'Identité visuelle','Brand identity','Corporate Design','brand-identity','logo
charte graphique
image de marque
création de logo
logotype
papeterie d''entreprise
identité graphique','logo
visual identity
brand guidelines
corporate identity
stationery design
style guide','Logo
Markenauftritt
Erscheinungsbild
Logoentwicklung
Vereinslogo
Firmenlogo
Geschäftsausstattung
Styleguide
Signet',10,'graphiste
designer graphique
brand designer
designer d''identité visuelle
directeur artistique
directrice artistique','graphic designer
brand designer
brand identity designer
logo designer
visual identity designer
art director','Grafikdesigner
Grafikdesignerin
Grafiker
Grafikerin
Kommunikationsdesigner
Kommunikationsdesignerin
Corporate Designer
Logodesigner');
INSERT INTO "members_skill" VALUES(101,'Illustration','Illustration','Illustration','illustration','dessin
illustrateur
dessin sur commande
dessin à l''aquarelle
illustration de livre
portrait dessiné
illustration numérique','drawings
illustrator
commissioned artwork
book illustration
digital illustration
watercolour illustration
pen and ink drawing
portrait drawing','Zeichnung
Illustrator
Auftragszeichnung
Buchillustration
Handzeichnung
Aquarellillustration
Porträtzeichnung
Editorial-Illustration
Tuschezeichnung
digitale Illustration',10,'illustrateur
illustratrice
dessinateur
dessinatrice','illustrator
book illustrator
editorial illustrator
draughtsman','Illustrator
Illustratorin
Zeichner
Zeichnerin
Buchillustrator
Buchillustratorin');
INSERT INTO "members_skill" VALUES(102,'Typographie','Typography','Typografie','typography','police de caractères
création de caractères
lettrage
police sur mesure
famille de caractères
police web','fonts
typeface design
lettering
custom font
typeface
font family
webfont','Schriftarten
Schriftgestaltung
Lettering
Hausschrift
Schriftfamilie
Schriftentwurf',10,'typographe
créateur de caractères
créatrice de caractères
dessinateur de caractères
dessinatrice de caractères
type designer
graphiste
designer graphique','typographer
type designer
typeface designer
font designer
graphic designer','Typograf
Typografin
Schriftgestalter
Schriftgestalterin
Schriftdesigner
Schriftdesignerin
Grafikdesigner
Grafikdesignerin
Grafiker
Grafikerin');
INSERT INTO "members_skill" VALUES(103,'Motion design','Motion design','Motion Design','motion-design','animation graphique
vidéo animée
vidéo explicative
film explicatif
After Effects
typographie animée','motion graphics
animated video
explainer video
explainer animation
kinetic typography
animated infographic','Motion Graphics
animierte Grafik
Erklärvideo
Erklärfilm
kinetische Typografie',10,'motion designer
graphiste motion designer
animateur graphique
animatrice graphique
graphiste','motion designer
motion graphics designer
motion graphics artist
animator','Motion Designer
Motion Designerin
Motiondesigner
Motiondesignerin
Mediengestalter
Mediengestalterin
Animator
Animatorin');
INSERT INTO "members_skill" VALUES(104,'Création d''imprimés','Print design','Printdesign','print-design','flyer
affiche
brochure
menu de restaurant
carte des mets
carte de visite
dépliant
papier à en-tête
carton d''invitation
kakémono','flyers
posters
brochures
restaurant menu
menu card
business card
leaflet
letterhead
roll-up banner
invitation card','Flyer
Plakat
Broschüre
Speisekarte
Menükarte
Getränkekarte
Visitenkarte
Prospekt
Faltblatt
Einladungskarte
Briefpapier
Roll-up
Programmheft
Postkarte',10,'graphiste
designer graphique
graphiste print
graphiste PAO
infographiste
maquettiste PAO
opérateur PAO
opératrice PAO','graphic designer
print designer
layout artist
DTP operator
desktop publisher','Grafikdesigner
Grafikdesignerin
Grafiker
Grafikerin
Mediengestalter
Mediengestalterin
Printdesigner
Printdesignerin');
INSERT INTO "members_skill" VALUES(105,'Calligraphie et lettering','Calligraphy & lettering','Kalligrafie & Lettering','calligraphy-lettering','calligraphie
écriture à la main
faire-part
marque-place
enseigne peinte à la main
brush lettering','calligraphy
hand lettering
wedding invitations
place cards
chalkboard art
signwriting
wedding stationery','Schönschrift
Handlettering
Hochzeitseinladungen
Platzkarte
Tischkarte
Tafelbeschriftung
Schildermalerei
Hochzeitspapeterie',10,'calligraphe
lettreur
lettreuse
peintre en lettres
graphiste','calligrapher
lettering artist
hand letterer
letterer
sign painter','Kalligraf
Kalligrafin
Kalligraph
Kalligraphin
Schriftenmaler
Schriftenmalerin
Letterer
Lettering-Künstler
Lettering-Künstlerin');
INSERT INTO "members_skill" VALUES(106,'Illustration jeunesse','Children''s book illustration','Kinderbuchillustration','childrens-illustration','livre pour enfants
album illustré
dessins pour enfants
album jeunesse
livre de coloriage
illustration de manuel scolaire','picture books
kids'' books
drawings for children
colouring book
children''s book
textbook illustration','Bilderbuch
Kinderbuch
Zeichnungen für Kinder
Wimmelbuch
Wimmelbild
Malbuch
Ausmalbild
Schulbuchillustration',10,'illustrateur jeunesse
illustratrice jeunesse
illustrateur de livres pour enfants
illustratrice de livres pour enfants
auteur-illustrateur
autrice-illustratrice
illustrateur
illustratrice','children''s book illustrator
children''s illustrator
picture book illustrator
author-illustrator
illustrator','Kinderbuchillustrator
Kinderbuchillustratorin
Bilderbuchillustrator
Bilderbuchillustratorin
Illustrator
Illustratorin');
INSERT INTO "members_skill" VALUES(107,'Infographie','Infographics','Infografik','infographics','schéma
graphique
carte illustrée
organigramme
frise chronologique
plan illustré
schéma explicatif','diagrams
charts
illustrated maps
flowchart
org chart
timeline graphic','Schaubild
Diagramm
illustrierte Karte
Erklärgrafik
Prozessgrafik
Organigramm
Zeitstrahl
Schemazeichnung
illustrierter Stadtplan
Flussdiagramm',10,'infographiste
graphiste
designer graphique
designer d''information','infographic designer
information designer
graphic designer
infographics artist','Infografiker
Infografikerin
Informationsdesigner
Informationsdesignerin
Grafikdesigner
Grafikdesignerin');
INSERT INTO "members_skill" VALUES(108,'Bande dessinée','Comics','Comics','comics','BD
roman graphique
planches
dessin de presse
caricature
manga
personnage de BD','comic strips
graphic novel
cartoons
editorial cartoon
webcomic
comic book','Graphic Novel
Bildgeschichte
Cartoon
Karikatur
Comicfigur
Comicheft
Pressezeichnung',10,'auteur de bande dessinée
autrice de bande dessinée
dessinateur de bande dessinée
dessinatrice de bande dessinée
dessinateur de BD
dessinatrice de BD
bédéiste
caricaturiste','comic artist
comics artist
comic book artist
cartoonist
graphic novelist','Comiczeichner
Comiczeichnerin
Comicautor
Comicautorin
Cartoonist
Cartoonistin
Karikaturist
Karikaturistin');
INSERT INTO "members_skill" VALUES(109,'Pictogrammes','Icon design','Icon-Design','icon-design','icônes
picto
symboles
jeu d''icônes
favicon
icône d''application','icons
pictograms
symbols
icon set
pictogram system','Icons
Piktogramme
Symbole
Icon-Set
Piktogrammsystem',10,'designer d''icônes
créateur d''icônes
créatrice d''icônes
graphiste
designer graphique
designer UI','icon designer
pictogram designer
graphic designer
UI designer','Icon-Designer
Icon-Designerin
Grafikdesigner
Grafikdesignerin
UI-Designer
UI-Designerin
Grafiker
Grafikerin');
INSERT INTO "members_skill" VALUES(110,'Illustration scientifique','Scientific illustration','Wissenschaftliche Illustration','scientific-illustration','planche botanique
dessin technique
illustration médicale
dessins scientifiques
schémas scientifiques
planche anatomique
dessin naturaliste
vue éclatée
illustration archéologique','botanical drawing
technical drawing
medical illustration
scientific drawings
drawings of cells
scientific figures
anatomical illustration
exploded view
natural history illustration
archaeological reconstruction','botanische Zeichnung
technische Zeichnung
medizinische Illustration
wissenschaftliche Zeichnungen
wissenschaftliche Abbildungen
anatomische Illustration
botanische Illustration
Pflanzenzeichnung
Tierillustration
naturkundliche Illustration
Explosionszeichnung
Rekonstruktionszeichnung',10,'illustrateur scientifique
illustratrice scientifique
illustrateur médical
illustratrice médicale
illustrateur naturaliste
illustratrice naturaliste
dessinateur technique
dessinatrice technique','scientific illustrator
medical illustrator
botanical illustrator
natural history illustrator
technical illustrator','wissenschaftlicher Illustrator
wissenschaftliche Illustratorin
Wissenschaftsillustrator
Wissenschaftsillustratorin
medizinischer Illustrator
medizinische Illustratorin
Illustrator
Illustratorin');
INSERT INTO "members_skill" VALUES(111,'Mise en page éditoriale','Editorial design','Editorial Design','editorial-design','mise en page
maquette de magazine
graphisme de livre
rapport annuel
rapport d''activité
mise en page de livre','layout
magazine layout
book design
annual report
book layout
typesetting
magazine design','Layout
Zeitschriftengestaltung
Buchgestaltung
Magazinlayout
Buchlayout
Buchsatz
Jahresbericht
Geschäftsbericht
Zeitungslayout
Magazingestaltung',11,'maquettiste
graphiste
designer éditorial
graphiste éditorial
graphiste éditoriale
metteur en page
metteuse en page
directeur artistique
directrice artistique','editorial designer
layout designer
book designer
magazine designer
graphic designer
art director','Editorial Designer
Editorial Designerin
Buchgestalter
Buchgestalterin
Layouter
Layouterin
Grafikdesigner
Grafikdesignerin
Grafiker
Grafikerin');
INSERT INTO "members_skill" VALUES(112,'Production de podcasts','Podcast production','Podcast-Produktion','podcast-production','podcast
émission audio
balado
épisode de podcast
podcast d''entreprise
podcast vidéo','podcast
audio show
podcast editing
podcast episode
branded podcast
company podcast
video podcast','Podcast
Audioformat
Podcast-Schnitt
Podcastfolge
Firmenpodcast
Unternehmenspodcast
Videopodcast
Podcast-Intro',11,'podcasteur
podcasteuse
producteur de podcasts
productrice de podcasts
réalisateur sonore
réalisatrice sonore
monteur son
monteuse son','podcaster
podcast producer
podcast editor
audio producer
podcast host','Podcaster
Podcasterin
Podcast-Produzent
Podcast-Produzentin
Audioproduzent
Audioproduzentin');
INSERT INTO "members_skill" VALUES(113,'Journalisme','Journalism','Journalismus','journalism','articles
reportage écrit
journaliste
article de presse
enquête journalistique
journalisme local','articles
reporting
journalist
newspaper article
feature article
investigative journalism','Artikel
Reportage
Journalist
Zeitungsartikel
Zeitungsbericht
Fachjournalismus
Lokaljournalismus
Kolumne
Hintergrundbericht',11,'journaliste
reporter
pigiste
rédacteur
rédactrice
chroniqueur
chroniqueuse','journalist
reporter
freelance journalist
correspondent
columnist','Journalist
Journalistin
Redakteur
Redakteurin
Reporter
Reporterin
Korrespondent
Korrespondentin');
INSERT INTO "members_skill" VALUES(114,'Traduction','Translation','Übersetzung','translation','traducteur
localisation
contenus multilingues
agence de traduction
sous-titrage
interprétariat
traduction technique
traduction certifiée','translator
localisation
multilingual content
certified translation
translation agency
subtitling
technical translation','Übersetzer
Lokalisierung
mehrsprachige Inhalte
ins Französische
ins Deutsche
ins Englische
Fachübersetzung
beglaubigte Übersetzung
Übersetzungsbüro
Untertitelung
ins Italienische
ins Luxemburgische',11,'traducteur
traductrice
traducteur-interprète
traductrice-interprète
interprète
traducteur juré
traductrice jurée
localisateur
localisatrice','translator
interpreter
sworn translator
certified translator
localiser
localizer','Übersetzer
Übersetzerin
Fachübersetzer
Fachübersetzerin
Dolmetscher
Dolmetscherin');
INSERT INTO "members_skill" VALUES(115,'Correction et relecture','Proofreading & editing','Lektorat & Korrektorat','proofreading','correcteur
relecture
orthographe
relecture de manuscrit
correction de textes
révision de texte','proofreader
copy editing
spelling check
manuscript editing
line editing
text correction','Lektor
Korrekturlesen
Rechtschreibprüfung
Lektorat
Korrektorat
Textkorrektur
Schlusskorrektur
Textüberarbeitung',11,'correcteur
correctrice
relecteur
relectrice
correcteur-relecteur
correctrice-relectrice
secrétaire de rédaction','proofreader
copy editor
copyeditor
line editor
manuscript editor','Lektor
Lektorin
Korrektor
Korrektorin
Korrekturleser
Korrekturleserin');
INSERT INTO "members_skill" VALUES(116,'Édition de livres','Book publishing','Buchverlag','book-publishing','maison d''édition
éditeur
publier un livre
livre anniversaire
beau livre
autoédition
livre de cuisine
ISBN
ouvrage collectif','publisher
publishing house
publish a book
anniversary book
commemorative book
self-publishing
coffee table book','Verlag
Verleger
Buch veröffentlichen
Jubiläumsbuch
Festschrift
Buchprojekt
Buchveröffentlichung
Selbstverlag
Bildband
Kochbuch',11,'éditeur
éditrice
éditeur de livres
éditrice de livres
directeur de collection
directrice de collection','publisher
book publisher
book editor
commissioning editor
acquisitions editor','Verleger
Verlegerin
Buchverleger
Buchverlegerin
Herausgeber
Herausgeberin
Lektor
Lektorin');
INSERT INTO "members_skill" VALUES(117,'Presse magazine','Magazine publishing','Zeitschriftenverlag','magazine-publishing','magazine
revue
magazine client
bulletin communal
journal communal
magazine des membres
revue spécialisée','magazine
periodical
customer magazine
member magazine
trade magazine','Magazin
Zeitschrift
Kundenmagazin
Kundenzeitschrift
Mitgliedermagazin
Vereinszeitschrift
Gemeindeblatt
Gemeindezeitung
Fachzeitschrift
Stadtmagazin',11,'éditeur de presse
éditrice de presse
rédacteur en chef
rédactrice en chef
directeur de publication
directrice de publication
secrétaire de rédaction
journaliste','magazine publisher
magazine editor
editor-in-chief
managing editor
publisher','Zeitschriftenverleger
Zeitschriftenverlegerin
Chefredakteur
Chefredakteurin
Redakteur
Redakteurin
Herausgeber
Herausgeberin');
INSERT INTO "members_skill" VALUES(118,'Prête-plume','Ghostwriting','Ghostwriting','ghostwriting','écrivain public
biographie
rédaction de mémoires
histoire de l''entreprise
écrit à partir d''entretiens
autobiographie
récit de vie
rédaction de discours
histoire de famille','ghostwriter
biography
memoir writing
company history
written from interviews
autobiography
memoir
life story
speechwriting
family history','Ghostwriter
Biografie
Memoiren schreiben
Firmenchronik
Chronik
Autobiografie
Lebensgeschichte
Memoiren
Lebenserinnerungen
Festrede
Unternehmensgeschichte
Familienchronik
Vereinschronik
Ortschronik',11,'prête-plume
écrivain public
biographe
écrivaine publique
écrivain fantôme
rédacteur
rédactrice','ghostwriter
biographer
ghost writer
memoir writer
speechwriter','Ghostwriter
Ghostwriterin
Biograf
Biografin
Redenschreiber
Redenschreiberin
Auftragsautor
Auftragsautorin');
INSERT INTO "members_skill" VALUES(119,'Production radio','Radio production','Radioproduktion','radio-production','émission de radio
spot radio
chronique
émission radio
reportage radio
pièce radiophonique
publicité radio','radio show
radio ads
broadcast
radio spot
radio commercial
radio drama
radio feature','Radiosendung
Radiowerbung
Hörfunk
Radiospot
Radiobeitrag
Hörfunkspot
Radioreportage
Hörspiel
Radiointerview',11,'animateur radio
animatrice radio
réalisateur radio
réalisatrice radio
producteur radio
productrice radio
chroniqueur radio
chroniqueuse radio','radio producer
radio presenter
radio host
radio journalist
broadcaster','Radiomoderator
Radiomoderatorin
Radioproduzent
Radioproduzentin
Hörfunkredakteur
Hörfunkredakteurin
Radiojournalist
Radiojournalistin');
INSERT INTO "members_skill" VALUES(120,'Livres audio','Audiobooks','Hörbücher','audiobooks','narration
voix off
lecture enregistrée
audioguide
livre lu
lecture à voix haute','narration
voice-over
spoken word
audio guide
voice recording
audiobook production
voice talent','Sprecher
Voice-over
Lesung
Hörbuchproduktion
Sprachaufnahme
Off-Stimme
Hörbuchfassung
Werbesprecher',11,'narrateur
narratrice
comédien voix off
comédienne voix off
lecteur de livres audio
lectrice de livres audio','audiobook narrator
narrator
voice actor
voice-over artist
audiobook producer','Hörbuchsprecher
Hörbuchsprecherin
Vorleser
Vorleserin
Hörbuchproduzent
Hörbuchproduzentin
Voice-over-Sprecher
Voice-over-Sprecherin');
INSERT INTO "members_skill" VALUES(121,'Fabrication et impression','Print production','Herstellung & Druck','print-production','imprimerie
impression offset
choix du papier
impression numérique
prépresse
fichiers d''impression','printing
offset printing
paper choice
digital printing
prepress
print run
print finishing
foil stamping','Druckerei
Offsetdruck
Papierwahl
Digitaldruck
Druckvorstufe
Druckauftrag
Druckdaten
Buchdruck
Druckveredelung
Heißfolienprägung',11,'imprimeur
chef de fabrication
cheffe de fabrication
responsable de fabrication
technicien prépresse
technicienne prépresse
conducteur offset
conductrice offset','print producer
print production manager
print buyer
prepress technician
commercial printer','Herstellungsleiter
Herstellungsleiterin
Medientechnologe Druck
Medientechnologin Druck
Offsetdrucker
Offsetdruckerin
Druckvorstufentechniker
Druckvorstufentechnikerin');
INSERT INTO "members_skill" VALUES(122,'Photographie de produits','Product photography','Produktfotografie','product-photography','packshot
photos pour boutique en ligne
photos de catalogue
photo
photos de produits
détourage
shooting produit
photographie publicitaire
photos de bijoux','packshots
e-commerce photos
catalogue photos
photo
product photos
product shots
pictures
product shoot
still life photography
jewellery photography
advertising photography','Packshots
Produktfotos
Katalogfotos
Foto
Freisteller
Produktbilder
Produktshooting
Werbefotografie
Sachfotografie
Shopfotos
Schmuckfotografie
Stillleben-Fotografie',12,'photographe
photographe de produits
photographe packshot
photographe publicitaire
photographe e-commerce','photographer
product photographer
packshot photographer
commercial photographer
e-commerce photographer','Fotograf
Fotografin
Produktfotograf
Produktfotografin
Werbefotograf
Werbefotografin');
INSERT INTO "members_skill" VALUES(123,'Portrait photographique','Portrait photography','Porträtfotografie','portrait-photography','photo de profil
portrait corporate
photographe
photos d''équipe
photo
portrait photographique
photo d''identité
shooting famille
photos de famille
photo de naissance','headshots
profile photos
photographer
team photos
photo
photographic portraits
pictures
family photos
staff photos
passport photos
newborn photography','Bewerbungsfotos
Business-Porträts
Fotograf
Teamfotos
Foto
fotografische Porträts
Familienfotos
Familienshooting
Mitarbeiterfotos
Babyfotos
Neugeborenenfotografie
Porträtshooting
Passfoto',12,'photographe
photographe portraitiste
portraitiste
photographe de portrait
photographe corporate','photographer
portrait photographer
headshot photographer
family photographer
portraitist','Fotograf
Fotografin
Porträtfotograf
Porträtfotografin
Portraitfotograf
Portraitfotografin
Businessfotograf
Businessfotografin');
INSERT INTO "members_skill" VALUES(124,'Photographie d''événements','Event photography','Eventfotografie','event-photography','photographe de mariage
reportage photo
photos de soirée
photo
photos de mariage
reportage de mariage
photos de concert
borne photo','wedding photographer
photo coverage
party photos
photo
pictures
wedding photos
wedding photography
concert photography
photo booth
conference photography','Hochzeitsfotograf
Fotoreportage
Veranstaltungsfotos
Foto
Hochzeitsfotos
Hochzeitsfotografie
Eventfotos
Partyfotos
Konzertfotografie
Sportfotografie
Fotobox
Hochzeitsreportage',12,'photographe
photographe de mariage
photographe événementiel
photographe événementielle
photographe de soirée
photoreporter','photographer
event photographer
wedding photographer
party photographer
photojournalist','Fotograf
Fotografin
Eventfotograf
Eventfotografin
Hochzeitsfotograf
Hochzeitsfotografin
Veranstaltungsfotograf
Veranstaltungsfotografin');
INSERT INTO "members_skill" VALUES(125,'Photographie d''architecture','Architectural photography','Architekturfotografie','architectural-photography','photos immobilières
photos d''intérieur
photos de bâtiments
photo
photos d''hôtel
photographie immobilière
photographie d''intérieur','real estate photos
interior photos
building photography
photo
pictures
hotel photos
interior photography
property photography','Immobilienfotos
Innenraumfotos
Gebäudefotografie
Foto
Hotelfotos
Interiorfotografie
Immobilienfotografie
Architekturfotos
Gebäudeaufnahmen',12,'photographe
photographe d''architecture
photographe immobilier
photographe d''intérieur','photographer
architectural photographer
architecture photographer
real estate photographer
interior photographer','Fotograf
Fotografin
Architekturfotograf
Architekturfotografin
Immobilienfotograf
Immobilienfotografin');
INSERT INTO "members_skill" VALUES(126,'Peinture','Painting','Malerei','painting','tableau
toile
artiste peintre
peinture à l''huile
aquarelle
portrait peint
tableau sur commande','paintings
canvas
artist
oil painting
watercolour
portrait painting
commissioned painting','Gemälde
Leinwand
Kunstmaler
Ölgemälde
Aquarell
Acrylbild
Porträtmalerei
Auftragsmalerei
Ölbild
Aquarellmalerei',12,'artiste peintre
artiste plasticien
artiste plasticienne
peintre portraitiste
aquarelliste','fine art painter
portrait painter
visual artist
fine artist
artist','Kunstmaler
Kunstmalerin
Porträtmaler
Porträtmalerin
Künstler
Künstlerin');
INSERT INTO "members_skill" VALUES(127,'Sculpture','Sculpture','Bildhauerei','sculpture','statue
sculpteur
bronze
buste
sculpture en pierre
statuette
sculpture monumentale','statues
sculptor
bronze
bronze statue
stone sculpture
wood carving','Skulptur
Bildhauer
Bronzeguss
Büste
Holzskulptur
Steinskulptur
Bronzefigur
Metallskulptur',12,'sculpteur
sculptrice
sculpteur sur bois
sculptrice sur bois
artiste plasticien
artiste plasticienne','sculptor
stone carver
woodcarver
artist
sculptress','Bildhauer
Bildhauerin
Steinbildhauer
Steinbildhauerin
Holzbildhauer
Holzbildhauerin
Künstler
Künstlerin');
INSERT INTO "members_skill" VALUES(128,'Fresques murales','Murals','Wandmalerei','murals','street art
graffiti
peinture murale
peinture sur façade
trompe-l''œil','street art
graffiti
wall painting
fresco
trompe l''oeil
facade painting','Streetart
Graffiti
Wandbild
Fassadenmalerei
Wandgemälde
Fresko
Auftragsgraffiti',12,'muraliste
peintre muraliste
fresquiste
graffeur
graffeuse
artiste street art','muralist
mural artist
mural painter
street artist
graffiti artist','Wandmaler
Wandmalerin
Muralist
Muralistin
Graffiti-Künstler
Graffiti-Künstlerin
Streetart-Künstler
Streetart-Künstlerin');
INSERT INTO "members_skill" VALUES(129,'Gravure et estampe','Printmaking','Druckgrafik','printmaking','sérigraphie
lithographie
linogravure
gravure sur bois
eau-forte','screen printing
lithography
linocut
etching
woodcut
risograph','Siebdruck
Lithografie
Linolschnitt
Holzschnitt
Kupferstich
Risodruck
Kaltnadelradierung',12,'graveur
graveuse
lithographe
sérigraphe
artiste graveur
artiste graveuse','printmaker
engraver
etcher
lithographer
screen printer','Druckgrafiker
Druckgrafikerin
Radierer
Radiererin
Lithograf
Lithografin
Siebdrucker
Siebdruckerin');
INSERT INTO "members_skill" VALUES(130,'Retouche photo','Photo retouching','Bildbearbeitung','photo-retouching','Photoshop
détourage
retouche beauté
photomontage
restauration de photos
Lightroom
retouche portrait','Photoshop
clipping paths
image editing
photo editing
photo manipulation
photo restoration
skin retouching','Photoshop
Freistellen
Retusche
Fotobearbeitung
Hautretusche
Beautyretusche
Fotomontage
Fotorestaurierung',12,'retoucheur photo
retoucheuse photo
retoucheur d''images
retoucheuse d''images
infographiste','photo retoucher
retoucher
digital retoucher
photo editor','Bildbearbeiter
Bildbearbeiterin
Retuscheur
Retuscheurin
Fotoretuscheur
Fotoretuscheurin');
INSERT INTO "members_skill" VALUES(131,'Photographie culinaire','Food photography','Food-Fotografie','food-photography','photos de plats
photos de restaurant
stylisme culinaire
photo
photos de recettes
photos de menu
photos de boissons','dish photos
restaurant photos
food styling
photo
pictures
photos of dishes
recipe photos
menu photos
drinks photography','Speisenfotos
Restaurantfotos
Foodstyling
Foto
Fotos der Gerichte
Foodfotos
Rezeptfotos
Kochbuchfotografie
Essensfotos
Getränkefotografie
Speisekartenfotos',12,'photographe
photographe culinaire
photographe food
styliste culinaire','photographer
food photographer
restaurant photographer
food stylist','Fotograf
Fotografin
Foodfotograf
Foodfotografin
Food-Fotograf
Food-Fotografin
Foodstylist
Foodstylistin');
INSERT INTO "members_skill" VALUES(132,'Commissariat d''exposition','Curating','Kuratieren','curating','curateur
organisation d''exposition
galerie
conseil en art
médiation culturelle','curator
exhibition planning
gallery
art consultancy
art advisory
exhibition concept','Kurator
Ausstellungsorganisation
Galerie
Ausstellungskonzept
Kuratierung
Kunstberatung
Kunstvermittlung',12,'commissaire d''exposition
curateur
curatrice
conservateur de musée
conservatrice de musée
galeriste','curator
exhibition curator
independent curator
gallerist','Kurator
Kuratorin
Ausstellungskurator
Ausstellungskuratorin
Galerist
Galeristin');
DELETE FROM sqlite_sequence;
INSERT INTO "sqlite_sequence" VALUES('alerts_subscription',0);
INSERT INTO "sqlite_sequence" VALUES('auth_group',2);
INSERT INTO "sqlite_sequence" VALUES('auth_group_permissions',42);
INSERT INTO "sqlite_sequence" VALUES('auth_permission',416);
INSERT INTO "sqlite_sequence" VALUES('auth_user',0);
INSERT INTO "sqlite_sequence" VALUES('django_admin_log',0);
INSERT INTO "sqlite_sequence" VALUES('django_content_type',103);
INSERT INTO "sqlite_sequence" VALUES('django_migrations',274);
INSERT INTO "sqlite_sequence" VALUES('matchmaking_brief',0);
INSERT INTO "sqlite_sequence" VALUES('members_branch',12);
INSERT INTO "sqlite_sequence" VALUES('members_skill',132);
INSERT INTO "sqlite_sequence" VALUES('members_spokenlanguage',8);
INSERT INTO "sqlite_sequence" VALUES('taggit_tag',0);
INSERT INTO "sqlite_sequence" VALUES('taggit_taggeditem',0);
INSERT INTO "sqlite_sequence" VALUES('wagtail_localize_stringtranslation',0);
INSERT INTO "sqlite_sequence" VALUES('wagtail_localize_translation',0);
INSERT INTO "sqlite_sequence" VALUES('wagtail_localize_translationcontext',0);
INSERT INTO "sqlite_sequence" VALUES('wagtail_localize_translationlog',0);
INSERT INTO "sqlite_sequence" VALUES('wagtail_localize_translationsource',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailadmin_editingsession',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_collection',1);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_comment',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_groupapprovaltask_groups',1);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_groupcollectionpermission',12);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_grouppagepermission',7);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_locale',1);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_modellogentry',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_page',2);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_pagelogentry',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_pageviewrestriction',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_revision',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_site',1);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_task',1);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_taskstate',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_workflow',1);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_workflowstate',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailcore_workflowtask',1);
INSERT INTO "sqlite_sequence" VALUES('wagtaildocs_document',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailembeds_embed',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailforms_formsubmission',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailimages_image',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailimages_rendition',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailredirects_redirect',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailsearch_indexentry',0);
INSERT INTO "sqlite_sequence" VALUES('wagtailusers_userprofile',0);
