/**
 * The quiz block's editor view: which quiz it shows (Mentorship → Quizzes), picked in the sidebar.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, Placeholder, SelectControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __ } from '@wordpress/i18n';

import { listQuizzes } from '../../src/api/client';

type QuizSummary = { id: number; title: { rendered: string } };

type Props = {
	attributes: { quizId: number };
	setAttributes: ( attributes: { quizId: number } ) => void;
};

export default function Edit( { attributes, setAttributes }: Props ) {
	const [ quizzes, setQuizzes ] = useState< QuizSummary[] | null >( null );
	useEffect( () => {
		listQuizzes()
			.then( setQuizzes )
			.catch( () => setQuizzes( [] ) );
	}, [] );
	const chosen = quizzes?.find( ( quiz ) => quiz.id === attributes.quizId );
	const title = chosen
		? decodeEntities( chosen.title.rendered )
		: __( 'The default quiz', 'wayfinder' );

	return (
		<div { ...useBlockProps() }>
			<InspectorControls>
				<PanelBody title={ __( 'Quiz', 'wayfinder' ) }>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Quiz to show', 'wayfinder' ) }
						help={ __(
							'Edit quizzes under Mentorship → Quizzes.',
							'wayfinder'
						) }
						value={ String( attributes.quizId ) }
						options={ [
							{
								value: '0',
								label: __( 'The default quiz', 'wayfinder' ),
							},
							...( quizzes ?? [] ).map( ( quiz ) => ( {
								value: String( quiz.id ),
								label: decodeEntities( quiz.title.rendered ),
							} ) ),
						] }
						onChange={ ( value: string ) =>
							setAttributes( { quizId: Number( value ) } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<Placeholder
				icon="lightbulb"
				label={ __( 'Get involved quiz', 'wayfinder' ) }
				instructions={ title }
			>
				<p>
					{ __(
						'Visitors answer the quiz step by step on the page, see the teams that fit them with the reasons, and can ask for a mentor in a team.',
						'wayfinder'
					) }
				</p>
			</Placeholder>
		</div>
	);
}
