using System.Text.Json.Serialization;
using FluxStore.Management.Domain.Servers;

namespace FluxStore.Management.Application.Servers;

public record GameServerDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string KeyHint { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public static GameServerDto From(GameServer server) => new()
    {
        Id = server.Id,
        Name = server.Name,
        KeyHint = server.KeyHint,
        CreatedAt = server.CreatedAt,
    };
}

/// <summary>Returned by create and regenerate only: the server key, shown this once.</summary>
public sealed record GameServerCreatedDto : GameServerDto
{
    public string Key { get; init; } = string.Empty;

    public static GameServerCreatedDto From(GameServer server, string secret) => new()
    {
        Id = server.Id,
        Name = server.Name,
        KeyHint = server.KeyHint,
        CreatedAt = server.CreatedAt,
        Key = ServerKeys.Prefix + secret,
    };
}

public static class ServerKeys
{
    public const string Prefix = "fsk_";
    public const int SecretLength = 40;
}

[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record ListServersQuery(Guid StoreId) : IRequest<IReadOnlyList<GameServerDto>>, IStoreRequest;

public sealed class ListServersQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListServersQuery, IReadOnlyList<GameServerDto>>
{
    public async Task<IReadOnlyList<GameServerDto>> Handle(ListServersQuery request, CancellationToken cancellationToken) =>
        await db.GameServers.AsNoTracking()
            .Where(s => s.StoreId == request.StoreId)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new GameServerDto { Id = s.Id, Name = s.Name, KeyHint = s.KeyHint, CreatedAt = s.CreatedAt })
            .ToListAsync(cancellationToken);
}

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record CreateServerCommand : IRequest<GameServerCreatedDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    public string Name { get; init; } = string.Empty;
}

public sealed class CreateServerCommandValidator : AbstractValidator<CreateServerCommand>
{
    public CreateServerCommandValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(GameServer.NameMaxLength);
}

public sealed class CreateServerCommandHandler(IApplicationDbContext db, ISecretHasher secrets, TimeProvider clock)
    : IRequestHandler<CreateServerCommand, GameServerCreatedDto>
{
    public async Task<GameServerCreatedDto> Handle(CreateServerCommand request, CancellationToken cancellationToken)
    {
        var secret = secrets.Generate(ServerKeys.SecretLength);
        var server = new GameServer(request.StoreId, request.Name, secret.Hash, secret.Hint, clock.GetUtcNow().UtcDateTime);
        db.GameServers.Add(server);
        await db.SaveChangesAsync(cancellationToken);
        return GameServerCreatedDto.From(server, secret.Secret);
    }
}

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record DeleteServerCommand(Guid StoreId, Guid Id) : IRequest<Unit>, IStoreRequest;

public sealed class DeleteServerCommandHandler(IApplicationDbContext db) : IRequestHandler<DeleteServerCommand, Unit>
{
    public async Task<Unit> Handle(DeleteServerCommand request, CancellationToken cancellationToken)
    {
        var server = await db.GameServers.FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Server");
        db.GameServers.Remove(server);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RegenerateServerKeyCommand(Guid StoreId, Guid Id) : IRequest<GameServerCreatedDto>, IStoreRequest;

public sealed class RegenerateServerKeyCommandHandler(IApplicationDbContext db, ISecretHasher secrets)
    : IRequestHandler<RegenerateServerKeyCommand, GameServerCreatedDto>
{
    public async Task<GameServerCreatedDto> Handle(RegenerateServerKeyCommand request, CancellationToken cancellationToken)
    {
        var server = await db.GameServers.FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Server");
        var secret = secrets.Generate(ServerKeys.SecretLength);
        server.ReplaceKey(secret.Hash, secret.Hint);
        await db.SaveChangesAsync(cancellationToken);
        return GameServerCreatedDto.From(server, secret.Secret);
    }
}
