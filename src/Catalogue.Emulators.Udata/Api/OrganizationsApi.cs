using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Catalogue.Emulators.Udata;

/// <summary><c>GET /organizations/{id|slug}/</c>: 410 when soft-deleted, 404 when unknown.</summary>
internal static class OrganizationsApi
{
    public static void Map(IEndpointRouteBuilder api, UdataEmulatorState state) =>
        api.MapGet("/organizations/{org}/", (HttpContext http, string org) =>
        {
            lock (state.Gate)
            {
                JsonObject? organization = state.FindOrganization(org);
                if (organization is null) return Replies.Message(404, "Organization not found");
                if (organization["deleted"] is JsonValue) return Replies.Message(410, "Organization has been deleted");
                return Replies.Json(DatasetRenderer.RenderOrganization(organization, Caller.Origin(http)));
            }
        });
}
