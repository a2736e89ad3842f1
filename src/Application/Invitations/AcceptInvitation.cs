namespace FluxStore.Management.Application.Invitations;

/// <summary>The invitee joins the store with the invited permissions. Only the account with the invited email can.</summary>
[RequireSignedInUser]
public sealed record AcceptInvitationCommand(Guid Id) : IRequest<InvitationDto>;

public sealed class AcceptInvitationCommandHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<AcceptInvitationCommand, InvitationDto>
{
    public Task<InvitationDto> Handle(AcceptInvitationCommand request, CancellationToken cancellationToken) =>
        InvitationAnswer.AnswerAsync(db, caller, clock, request.Id, accept: true, cancellationToken);
}
