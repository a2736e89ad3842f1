using System.Text.Json.Serialization;
using FluxStore.Management.Domain.ApiKeys;

namespace FluxStore.Management.Application.ApiKeys;

public record ApiKeyDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Permissions { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Last characters of the secret, to tell keys apart.</summary>
    public string KeyHint { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime? LastUsedAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    /// <summary>Active, Expired or Revoked.</summary>
    public string Status { get; init; } = string.Empty;

    public static ApiKeyDto From(ApiKey key, DateTime now) => new()
    {
        Id = key.Id,
        Name = key.Name,
        Permissions = PermissionSet.FromStorage(key.Permissions).ToDictionary(),
        KeyHint = key.KeyHint,
        CreatedAt = key.CreatedAt,
        ExpiresAt = key.ExpiresAt,
        LastUsedAt = key.LastUsedAt,
        RevokedAt = key.RevokedAt,
        Status = key.Status(now).ToString(),
    };
}

/// <summary>Returned by create and regenerate only: the full key, shown this once.</summary>
public sealed record ApiKeyCreatedDto : ApiKeyDto
{
    public string Key { get; init; } = string.Empty;

    public static ApiKeyCreatedDto From(ApiKey key, string secret, DateTime now) =>
        new(ApiKeyDto.From(key, now)) { Key = ApiKey.Format(key.StoreId, secret) };

    private ApiKeyCreatedDto(ApiKeyDto dto)
        : base(dto)
    {
    }

    public ApiKeyCreatedDto()
    {
    }
}

internal static class ApiKeyLookup
{
    public static async Task<ApiKey> FindAsync(IApplicationDbContext db, Guid storeId, Guid id, CancellationToken ct) =>
        await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.StoreId == storeId, ct)
        ?? throw new NotFoundException("API key");
}

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record CreateApiKeyCommand : IRequest<ApiKeyCreatedDto>, IStoreRequest, IRequiresProPlan
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>Areas to actions, as in the spec: <c>{"Packages":["View","Edit"]}</c>.</summary>
    public Dictionary<string, List<string>>? Permissions { get; init; }

    public DateTime? ExpiresAt { get; init; }
}

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(x => x.ExpiresAt)
            .Must(e => e is null || e.Value.ToUniversalTime() > clock.GetUtcNow().UtcDateTime)
            .WithMessage("'expiresAt' must be in the future.");
        RuleFor(x => x.Permissions).Custom((permissions, context) =>
        {
            foreach (var problem in PermissionSet.TryCreateForApiKey(AsReadOnly(permissions), out _))
            {
                context.AddFailure("permissions", problem);
            }
        });
    }

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>>? AsReadOnly(Dictionary<string, List<string>>? permissions) =>
        permissions?.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)(p.Value ?? []));
}

public sealed class CreateApiKeyCommandHandler(IApplicationDbContext db, ISecretHasher secrets, TimeProvider clock)
    : IRequestHandler<CreateApiKeyCommand, ApiKeyCreatedDto>
{
    public async Task<ApiKeyCreatedDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        PermissionSet.TryCreateForApiKey(CreateApiKeyCommandValidator.AsReadOnly(request.Permissions), out var permissions);
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = secrets.Generate(ApiKey.SecretLength);
        var expiresAt = request.ExpiresAt is { } e ? UtcTime.Normalize(e) : (DateTime?)null;
        var key = new ApiKey(request.StoreId, request.Name, permissions, expiresAt, secret.Hash, secret.Hint, now);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyCreatedDto.From(key, secret.Secret, now);
    }
}

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record ListApiKeysQuery(Guid StoreId) : IRequest<IReadOnlyList<ApiKeyDto>>, IStoreRequest;

public sealed class ListApiKeysQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IRequestHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.StoreId == request.StoreId)
            .OrderBy(k => k.CreatedAt)
            .ToListAsync(cancellationToken);
        return keys.Select(k => ApiKeyDto.From(k, now)).ToList();
    }
}

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RevokeApiKeyCommand(Guid StoreId, Guid Id) : IRequest<ApiKeyDto>, IStoreRequest;

public sealed class RevokeApiKeyCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : IRequestHandler<RevokeApiKeyCommand, ApiKeyDto>
{
    public async Task<ApiKeyDto> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = await ApiKeyLookup.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        key.Revoke(now);
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyDto.From(key, now);
    }
}

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RegenerateApiKeyCommand(Guid StoreId, Guid Id) : IRequest<ApiKeyCreatedDto>, IStoreRequest, IRequiresProPlan;

public sealed class RegenerateApiKeyCommandHandler(IApplicationDbContext db, ISecretHasher secrets, TimeProvider clock)
    : IRequestHandler<RegenerateApiKeyCommand, ApiKeyCreatedDto>
{
    public async Task<ApiKeyCreatedDto> Handle(RegenerateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = await ApiKeyLookup.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        var secret = secrets.Generate(ApiKey.SecretLength);
        key.Regenerate(secret.Hash, secret.Hint);
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyCreatedDto.From(key, secret.Secret, clock.GetUtcNow().UtcDateTime);
    }
}
