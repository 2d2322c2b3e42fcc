from __future__ import annotations

from django.urls import path

from rooms import attachment_views, direct_views, invite_views, search_views, views

urlpatterns = [
    path("", views.lobby, name="lobby"),
    path("rooms/new/", views.room_new, name="room_new"),
    path("search/", search_views.message_search, name="message_search"),
    path("rooms/<slug:slug>/", views.room_detail, name="room"),
    path("rooms/<slug:slug>/messages/", views.room_history, name="room_history"),
    path("rooms/<slug:slug>/members/", views.room_members, name="room_members"),
    path("rooms/<slug:slug>/join/", views.room_join, name="room_join"),
    path("rooms/<slug:slug>/leave/", views.room_leave, name="room_leave"),
    # Attachments (rooms/attachment_views.py): uploaded for a send, served to readers only.
    path(
        "rooms/<slug:slug>/attachments/",
        attachment_views.attachment_upload,
        name="attachment_upload",
    ),
    path("attachments/<str:token>/", attachment_views.attachment_file, name="attachment"),
    path(
        "attachments/<str:token>/thumb/",
        attachment_views.attachment_thumbnail,
        name="attachment_thumb",
    ),
    # Invites to private rooms (rooms/invite_views.py).
    path("rooms/<slug:slug>/invites/", invite_views.room_invites, name="room_invites"),
    path("rooms/<slug:slug>/invites/person/", invite_views.invite_person, name="invite_person"),
    path("rooms/<slug:slug>/invites/link/", invite_views.invite_link, name="invite_link"),
    path(
        "rooms/<slug:slug>/invites/<str:invite_id>/revoke/",
        invite_views.invite_revoke,
        name="invite_revoke",
    ),
    path("invite/<str:token>/", invite_views.invite_detail, name="invite"),
    path("invite/<str:token>/decline/", invite_views.invite_decline, name="invite_decline"),
    # Direct messages and the block list (rooms/direct_views.py).
    path("direct/", direct_views.direct_open, name="direct_open"),
    path("people/blocked/", direct_views.blocks, name="blocks"),
    path("people/blocked/<str:user_id>/unblock/", direct_views.unblock, name="unblock"),
    # Moderation. Ids are read by the views (a malformed one is a 400, never a 500).
    path("rooms/<slug:slug>/moderation/", views.room_moderation, name="room_moderation"),
    path("rooms/<slug:slug>/members/<str:user_id>/", views.member_detail, name="member_detail"),
    path("rooms/<slug:slug>/members/<str:user_id>/mute/", views.member_mute, name="member_mute"),
    path(
        "rooms/<slug:slug>/members/<str:user_id>/unmute/",
        views.member_unmute,
        name="member_unmute",
    ),
    path("rooms/<slug:slug>/members/<str:user_id>/kick/", views.member_kick, name="member_kick"),
    path("rooms/<slug:slug>/members/<str:user_id>/ban/", views.member_ban, name="member_ban"),
    path("rooms/<slug:slug>/members/<str:user_id>/unban/", views.member_unban, name="member_unban"),
    path("rooms/<slug:slug>/members/<str:user_id>/role/", views.member_role, name="member_role"),
    path(
        "rooms/<slug:slug>/members/<str:user_id>/transfer/",
        views.member_transfer,
        name="member_transfer",
    ),
    path(
        "rooms/<slug:slug>/messages/<str:message_id>/report/",
        views.message_report,
        name="message_report",
    ),
    path(
        "rooms/<slug:slug>/reports/<str:report_id>/resolve/",
        views.report_resolve,
        name="report_resolve",
    ),
    path(
        "rooms/<slug:slug>/reports/<str:report_id>/dismiss/",
        views.report_dismiss,
        name="report_dismiss",
    ),
]
