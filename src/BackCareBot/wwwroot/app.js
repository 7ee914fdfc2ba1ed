// Starts Web Chat: a token from the bot, then the WebSocket stream, or polling when the page is opened with
// ?transport=polling (for networks that block WebSockets). The Direct Line is the bot's own, or the one the token
// grant names in its `domain` (Azure Bot Service's, when the bot runs with DirectLine:Mode AzureBotService). A reload of the tab goes on
// with the same conversation: its id, token and watermark are kept in sessionStorage (this tab only, gone when it
// closes), and the page reconnects to it as Web Chat's samples do.
(function () {
  'use strict';

  // DirectLineJS connection states (botframework-directlinejs ConnectionStatus).
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;

  var SESSION_KEY = 'backcarebot.directline';

  var colors = {
    teal: '#2b6a6e',
    tealDark: '#1f5054',
    slate: '#4b5d78',
    ink: '#1f2d2e',
    mist: '#f4f7f6',
    line: '#d5e1de',
    // 5.6:1 on the transcript's mist and 6.1:1 on white (WCAG AA asks 4.5:1); Web Chat's default grey is 4.2:1 here.
    subtle: '#56656a'
  };

  var styleOptions = {
    accent: colors.teal,
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    backgroundColor: colors.mist,
    rootHeight: '100%',
    rootWidth: '100%',

    botAvatarInitials: 'BC',
    botAvatarBackgroundColor: colors.teal,
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: colors.slate,
    avatarSize: 36,

    // Small text: timestamps, "Sending", "Send failed".
    subtle: colors.subtle,
    timestampColor: colors.subtle,

    // A long reply keeps its start in view: when new activities fill more than the transcript's height, it follows
    // them down only until the first unseen one reaches the top, instead of scrolling to the end of a reply taller
    // than a phone's screen (the "scroll to end" button then offers the rest). Shorter replies scroll in as before.
    autoScrollSnapOnPage: true,
    autoScrollSnapOnPageOffset: 0,

    bubbleBackground: '#ffffff',
    bubbleBorderColor: colors.line,
    bubbleBorderRadius: 16,
    bubbleBorderWidth: 1,
    bubbleTextColor: colors.ink,
    bubbleNubSize: 0,
    bubbleFromUserBackground: colors.teal,
    bubbleFromUserBorderColor: colors.teal,
    bubbleFromUserBorderRadius: 16,
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserNubSize: 0,
    bubbleMaxWidth: 560,

    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: colors.teal,
    suggestedActionBorderRadius: 18,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: colors.tealDark,
    suggestedActionHeight: 36,
    // Labels wrap onto a second line rather than end in "..." (site.css lets the flow layout's buttons grow).
    suggestedActionsStackedLayoutButtonTextWrap: true,

    sendBoxBackground: '#ffffff',
    sendBoxButtonColor: colors.teal,
    sendBoxTextWrap: true,
    hideUploadButton: true
  };

  // Screen readers hear "BackCareBot said:" rather than Web Chat's "Bot BC said:" (the avatar initials).
  var localizedStrings = {
    ACTIVITY_BOT_SAID_ALT: 'BackCareBot said:',
    ACTIVITY_BOT_ATTACHED_ALT: 'BackCareBot attached:'
  };

  var statusLine = document.getElementById('status');

  function showError(message) {
    document.getElementById('status-text').textContent = message;
    statusLine.hidden = false;
  }

  document.getElementById('retry').addEventListener('click', function () {
    window.location.reload();
  });

  function builtInDomain() {
    // Relative to the page, so the bot also works behind a reverse proxy that serves it under a path.
    return new URL('v3/directline', document.baseURI).href;
  }

  // Only an http(s) URL the bot's grant gave is used; anything else falls back to the bot's own Direct Line.
  function domainOf(grant) {
    try {
      var url = grant && typeof grant.domain === 'string' ? new URL(grant.domain) : null;
      return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href.replace(/\/$/, '') : builtInDomain();
    } catch (e) {
      return builtInDomain();
    }
  }

  function fetchToken() {
    return postJson(new URL('api/directline/token', document.baseURI), null);
  }

  function postJson(url, token) {
    var headers = { Accept: 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }

    return fetch(url, { method: 'POST', headers: headers, cache: 'no-store', credentials: 'same-origin' }).then(readGrant);
  }

  function readGrant(response) {
    if (!response.ok) {
      throw new Error('request failed with HTTP ' + response.status);
    }

    return response.json().then(function (grant) {
      if (!grant || typeof grant.token !== 'string' || !grant.token || typeof grant.conversationId !== 'string') {
        throw new Error('response has no token');
      }

      return grant;
    });
  }

  // The conversation this tab had before a reload: its token refreshed (which also proves it has not expired) and
  // the conversation still known to the bot. Null when there is none to go back to.
  function resumeStoredConversation() {
    var stored = readSession();
    if (!stored) {
      return Promise.resolve(null);
    }

    var domain = domainOf(stored);
    return postJson(domain + '/tokens/refresh', stored.token).then(function (grant) {
      if (grant.conversationId !== stored.conversationId) {
        throw new Error('the refreshed token is for another conversation');
      }

      grant.domain = domain;
      var url = domain + '/conversations/' + encodeURIComponent(grant.conversationId);
      return fetch(url, {
        headers: { Accept: 'application/json', Authorization: 'Bearer ' + grant.token },
        cache: 'no-store',
        credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('the conversation is gone (HTTP ' + response.status + ')');
        }

        return grant;
      });
    }).catch(function () {
      clearSession();
      return null;
    });
  }

  function readSession() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
      return stored && typeof stored.conversationId === 'string' && typeof stored.token === 'string' ? stored : null;
    } catch (e) {
      return null;
    }
  }

  // DirectLineJS keeps the conversation id, its current token (it refreshes it every 15 minutes) and the watermark
  // of the last activity it received; they are written whenever an activity arrives and when the page goes away.
  function rememberSession(directLine, domain) {
    if (!directLine.conversationId || !directLine.token) {
      return;
    }

    try {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify({
        conversationId: directLine.conversationId,
        token: directLine.token,
        watermark: directLine.watermark || '',
        domain: domain
      }));
    } catch (e) {
      // Storage full or disabled: the chat works, a reload starts a new conversation.
    }
  }

  function clearSession() {
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch (e) {
      // Nothing stored, nothing to clear.
    }
  }

  function watchConnection(directLine, domain) {
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === FAILED_TO_CONNECT) {
        clearSession();
        showError('BackCareBot could not connect. Please reload the page to try again.');
      } else if (status === EXPIRED_TOKEN) {
        clearSession();
        showError('This chat has expired. Please reload the page to start a new one.');
      }
    });
    window.addEventListener('pagehide', function () {
      rememberSession(directLine, domain);
    });
  }

  function start() {
    if (!window.WebChat) {
      showError('The chat could not load. Please reload the page.');
      return;
    }

    var usePolling = new URLSearchParams(window.location.search).get('transport') === 'polling';
    resumeStoredConversation().then(function (resumed) {
      return resumed ? { grant: resumed, resumed: true } : fetchToken().then(function (grant) {
        return { grant: grant, resumed: false };
      });
    }).then(function (session) {
      var domain = domainOf(session.grant);
      var options = {
        token: session.grant.token,
        domain: domain,
        webSocket: !usePolling
      };
      if (session.resumed) {
        // A reloaded page has nothing drawn, so it asks for the conversation from its start (no watermark) and Web
        // Chat draws it again; the stored watermark only says how far the page had read before.
        options.conversationId = session.grant.conversationId;
      }

      var directLine = window.WebChat.createDirectLine(options);
      watchConnection(directLine, domain);
      // Web Chat's own store sees every activity as it arrives (subscribing to activity$ beside it could start the
      // connection before Web Chat listens and lose the welcome).
      var store = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' || action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              rememberSession(directLine, domain);
            }

            return next(action);
          };
        };
      });
      window.WebChat.renderWebChat(
        {
          // No userID: Web Chat takes the user id from the token, the id the bot addresses suggested actions to.
          directLine: directLine,
          store: store,
          username: 'You',
          // Every message carries the browser's language (en-GB, en-IE...): the bot names the emergency number of
          // the person's country from it.
          locale: navigator.language || 'en-US',
          overrideLocalizedStrings: localizedStrings,
          styleOptions: styleOptions
        },
        document.getElementById('webchat')
      );
      document.documentElement.dataset.transport = usePolling ? 'polling' : 'websocket';
      document.documentElement.dataset.conversation = session.resumed ? 'resumed' : 'new';
    }).catch(function () {
      showError('Sorry, BackCareBot is not available right now: the chat could not start. Please try again in a minute.');
    });
  }

  start();
})();
