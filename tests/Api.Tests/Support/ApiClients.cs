using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Signed-in clients kept per server, so a test class signs each user in once (the token endpoint is rate limited),
/// and small readers for JSON and problem details.
/// </summary>
internal static class ApiClients
{
    private static readonly ConditionalWeakTable<SupervisionApiFactory, ConcurrentDictionary<string, HttpClient>> Clients = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpClient> As(this SupervisionApiFactory factory, string userName)
    {
        var clients = Clients.GetOrCreateValue(factory);
        if (clients.TryGetValue(userName, out var client))
            return client;
        client = await factory.ClientForAsync(userName);
        return clients.GetOrAdd(userName, client);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(JsonNode node) => Json(node.ToJsonString());

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonArray> ReadArrayAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsArray();
    }

    /// <summary>The items of a page answer (200 with <c>items</c> and <c>total</c>).</summary>
    public static async Task<JsonArray> ReadItemsAsync(this HttpResponseMessage response) =>
        (await response.ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray();

    /// <summary>Asserts an RFC 7807 answer with the status and returns it.</summary>
    public static async Task<JsonObject> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]!.GetValue<int>().ShouldBe((int)expected);
        return problem;
    }

    /// <summary>The messages of one field of a validation problem.</summary>
    public static IReadOnlyList<string> ErrorsOf(this JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(e => e!.GetValue<string>()).ToList()
        ?? throw new ShouldAssertException($"No error for '{field}' in {problem.ToJsonString()}");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Ct);
}
