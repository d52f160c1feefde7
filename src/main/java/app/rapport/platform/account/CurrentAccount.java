package app.rapport.platform.account;

/**
 * Whose data a request works on. Local mode has one account, made on first start; hosted mode will
 * answer from the signed-in user. Every query a feature runs is scoped by this id.
 */
public interface CurrentAccount {

  long id();
}
