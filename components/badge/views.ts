/**
 * The content script's views, handed to lib/app/content by the entry point (lib/ does not
 * import components/): the score badge and the finding card, each with its shadow root's styles.
 */
import { h, render } from 'preact';
import type { ContentViews } from '@/lib/app/content/compose-session';
import { FindingCard } from './FindingCard';
import { ScoreBadge } from './ScoreBadge';
import { CARD_CSS } from './card-styles';
import { BADGE_CSS } from './styles';

export const CONTENT_VIEWS: ContentViews = {
  badge: {
    css: BADGE_CSS,
    mount(container, model, onOpen) {
      render(h(ScoreBadge, { model, onOpen }), container);
      return () => render(null, container);
    },
  },
  card: {
    css: CARD_CSS,
    mount(container, model) {
      render(h(FindingCard, { model }), container);
      return () => render(null, container);
    },
  },
};
