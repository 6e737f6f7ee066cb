using System.Text.Json.Serialization;
using FluentValidation;
using Scalar.AspNetCore;
using Supervision.Api.Features.ActivityDescriptors;
using Supervision.Api.Features.WorkflowDefinitions;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Validation;

namespace Supervision.Api;

/// <summary>Wires the server: services first, then the request pipeline and endpoints.</summary>
public static class ServerSetup
{
    public static WebApplicationBuilder AddSupervisionServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining<ValidationBehaviorMarker>(ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ActivityRegistry.CreateDefault());
        services.AddSingleton(sp => new WorkflowDefinitionValidator(sp.GetRequiredService<ActivityRegistry>()));
        services.AddSingleton<IDefinitionValidator, FluentDefinitionValidator>();
        services.AddSupervisionPersistence(builder.Configuration);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi();
        services.AddHealthChecks();
        return builder;
    }

    public static WebApplication UseSupervisionServer(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/v1.json");
        // Fonts and telemetry off: the product makes no call to the internet on its own.
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("Supervision API").WithOpenApiRoutePattern("/openapi/v1.json").DisableDefaultFonts();
            options.Telemetry = false;
        });
        app.MapHealthChecks("/health");
        app.MapActivityDescriptors();
        app.MapWorkflowDefinitions();
        return app;
    }

    /// <summary>Anchors validator discovery to this assembly.</summary>
    private sealed class ValidationBehaviorMarker;
}
